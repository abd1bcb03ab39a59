package jp.kitakyushu.busters.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The Busters GraphQL API: the programme's domain, stored in MongoDB, searched with
 * Lucene.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class BustersApiApplication {

	public static void main(String[] args) {
		SpringApplication.run(BustersApiApplication.class, args);
	}

}
