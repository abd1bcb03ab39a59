/**
 * The company member's part of the site, under {@code /company/**} (role
 * {@code company}): the organisation, its members, the themes that fit it and its
 * proposals. Pages follow the visitor's and the citizen's: one sub-package per feature, a
 * controller that makes one api request from a document under
 * {@code graphql-documents/company/}, forms through {@code ui.FormErrors}, templates
 * under {@code templates/company/} and messages in {@code i18n/company*.properties}.
 */
@NullMarked
package jp.kitakyushu.busters.web.company;

import org.jspecify.annotations.NullMarked;
