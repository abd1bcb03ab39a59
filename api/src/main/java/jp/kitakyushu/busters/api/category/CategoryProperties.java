package jp.kitakyushu.busters.api.category;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The configurable list of problem categories; the city can change it without a release.
 *
 * @param categories the categories in display order
 */
@ConfigurationProperties("busters.problem")
record CategoryProperties(@DefaultValue List<Category> categories) {
}
