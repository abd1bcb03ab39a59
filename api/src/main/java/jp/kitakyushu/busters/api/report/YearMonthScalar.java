package jp.kitakyushu.busters.api.report;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The {@code YearMonth} scalar reporting counts in: {@code 2026-04}.
 */
@Configuration(proxyBeanMethods = false)
class YearMonthScalar {

	@Bean
	RuntimeWiringConfigurer yearMonthWiring() {
		GraphQLScalarType scalar = GraphQLScalarType.newScalar()
			.name("YearMonth")
			.description("A calendar month in Japan time, e.g. 2026-04.")
			.coercing(new YearMonthCoercing())
			.build();
		return (wiring) -> wiring.scalar(scalar);
	}

	static final class YearMonthCoercing implements Coercing<YearMonth, String> {

		@Override
		public String serialize(Object value, GraphQLContext context, Locale locale) {
			if (value instanceof YearMonth month) {
				return month.toString();
			}
			throw new CoercingSerializeException("Not a month: " + value.getClass().getSimpleName());
		}

		@Override
		public YearMonth parseValue(Object input, GraphQLContext context, Locale locale) {
			if (input instanceof String text) {
				try {
					return YearMonth.parse(text);
				}
				catch (DateTimeParseException ex) {
					throw new CoercingParseValueException(message(text));
				}
			}
			throw new CoercingParseValueException("A YearMonth is a string such as 2026-04.");
		}

		@Override
		public YearMonth parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
				Locale locale) {
			if (input instanceof StringValue string) {
				try {
					return YearMonth.parse(string.getValue());
				}
				catch (DateTimeParseException ex) {
					throw new CoercingParseLiteralException(message(string.getValue()));
				}
			}
			throw new CoercingParseLiteralException("A YearMonth is a string such as 2026-04.");
		}

		private static String message(String text) {
			return "Not a month: '" + text + "'. Write the year and month as 2026-04.";
		}

	}

}
