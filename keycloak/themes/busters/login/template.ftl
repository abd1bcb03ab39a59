<#--
  The frame of every Busters sign-in page: the site's header (its name linking back to the
  site, plain language links), the page's heading and messages, the form, and the site's
  footer. Kept small and without scripts of its own, so the pages work without JavaScript.
-->
<#macro registrationLayout bodyClass="" displayInfo=false displayMessage=true displayRequiredFields=false>
<!DOCTYPE html>
<html class="${properties.kcHtmlClass!}" lang="${lang}">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${title!} | ${realm.displayName!'Busters'}</title>
    <#if properties.styles?has_content>
        <#list properties.styles?split(' ') as style>
            <link href="${url.resourcesPath}/${style}" rel="stylesheet" />
        </#list>
    </#if>
    <#if scripts??>
        <#list scripts as script>
            <script src="${script}" type="text/javascript"></script>
        </#list>
    </#if>
</head>
<body class="${properties.kcBodyClass!} ${bodyClass}" data-page-id="login-${pageId}">
<a class="skip-link" href="#kc-main">${msg("bustersSkip")}</a>
<header class="site-header">
    <div class="site-header__inner">
        <a id="busters-site" class="site-name" href="${(client.baseUrl)!'/'}">${realm.displayName!'Busters'}</a>
        <#if realm.internationalizationEnabled && locale.supported?size gt 1>
            <ul class="lang-switch" id="kc-locale" aria-label="${msg("languages")}">
                <#list locale.supported as l>
                    <li><a href="${l.url}" lang="${l.languageTag}" hreflang="${l.languageTag}"<#if l.languageTag == locale.currentLanguageTag> aria-current="true"</#if>>${l.label}</a></li>
                </#list>
            </ul>
        </#if>
    </div>
</header>
<main id="kc-main" class="page">
    <#if !(auth?has_content && auth.showUsername() && !auth.showResetCredentials())>
        <h1 id="kc-page-title"><#nested "header"></h1>
    <#else>
        <#nested "show-username">
        <h1 id="kc-page-title"><#nested "header"></h1>
        <p id="kc-username">
            <span id="kc-attempted-username">${auth.attemptedUsername}</span>
            <a id="reset-login" href="${url.loginRestartFlowUrl}">${msg("restartLoginTooltip")}</a>
        </p>
    </#if>
    <#if displayRequiredFields>
        <p class="kc-hint"><span class="required">*</span> ${msg("requiredFields")}</p>
    </#if>

    <#if displayMessage && message?has_content && (message.type != 'warning' || !isAppInitiatedAction??)>
        <div class="kc-alert kc-alert--${message.type}" <#if message.type = 'error'>role="alert"<#else>role="status"</#if>>
            <p class="kc-alert__text">${kcSanitize(message.summary)?no_esc}</p>
        </div>
    </#if>

    <#nested "form">

    <#nested "socialProviders">

    <#if displayInfo>
        <div id="kc-info" class="kc-info">
            <#nested "info">
        </div>
    </#if>
</main>
<footer class="site-footer">
    <div class="site-footer__inner">
        <p><a id="busters-back" href="${(client.baseUrl)!'/'}">${msg("bustersBack")}</a></p>
        <p>${msg("bustersFooter")}</p>
    </div>
</footer>
</body>
</html>
</#macro>
