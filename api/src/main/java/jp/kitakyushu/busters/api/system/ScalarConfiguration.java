package jp.kitakyushu.busters.api.system;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.scalars.ExtendedScalars;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The schema's custom scalars: {@code DateTime} for instants, {@code Yen} for money and
 * {@code JSON} for shapes that vary.
 */
@Configuration(proxyBeanMethods = false)
class ScalarConfiguration {

	@Bean
	RuntimeWiringConfigurer scalars() {
		GraphQLScalarType yen = GraphQLScalarType.newScalar()
			.name("Yen")
			.description("An amount of money in whole Japanese yen, as an integer.")
			.coercing(ExtendedScalars.GraphQLLong.getCoercing())
			.build();
		GraphQLScalarType dateTime = GraphQLScalarType.newScalar()
			.name("DateTime")
			.description("An instant in ISO-8601 form with an offset, e.g. 2026-04-01T09:00:00Z.")
			.coercing(new InstantCoercing())
			.build();
		return (wiring) -> wiring.scalar(yen).scalar(dateTime).scalar(ExtendedScalars.Json);
	}

	/**
	 * Reads any ISO-8601 offset date-time and writes UTC, so stored and shown instants
	 * agree.
	 */
	static final class InstantCoercing implements Coercing<Instant, String> {

		@Override
		public String serialize(Object value, GraphQLContext context, Locale locale) {
			if (value instanceof Instant instant) {
				return instant.toString();
			}
			if (value instanceof OffsetDateTime offsetDateTime) {
				return offsetDateTime.toInstant().toString();
			}
			throw new CoercingSerializeException("Not an instant: " + value.getClass().getSimpleName());
		}

		@Override
		public Instant parseValue(Object input, GraphQLContext context, Locale locale) {
			if (input instanceof String text) {
				try {
					return parse(text);
				}
				catch (DateTimeParseException ex) {
					throw new CoercingParseValueException(message(text));
				}
			}
			throw new CoercingParseValueException("A DateTime must be a string such as 2026-04-01T09:00:00+09:00.");
		}

		@Override
		public Instant parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
			if (input instanceof StringValue string) {
				try {
					return parse(string.getValue());
				}
				catch (DateTimeParseException ex) {
					throw new CoercingParseLiteralException(message(string.getValue()));
				}
			}
			throw new CoercingParseLiteralException("A DateTime must be a string such as 2026-04-01T09:00:00+09:00.");
		}

		private static Instant parse(String text) {
			return OffsetDateTime.parse(text).toInstant();
		}

		private static String message(String text) {
			return "Not an ISO-8601 date-time with offset: '" + text + "' (e.g. 2026-04-01T09:00:00+09:00).";
		}

	}

}
