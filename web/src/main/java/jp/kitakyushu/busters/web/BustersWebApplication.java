package jp.kitakyushu.busters.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Busters web pages: server-rendered, signed in through Keycloak, backed by the
 * GraphQL API.
 */
@SpringBootApplication
public class BustersWebApplication {

	public static void main(String[] args) {
		SpringApplication.run(BustersWebApplication.class, args);
	}

}
