package jp.kitakyushu.busters.api.system.graphql;

import io.micrometer.observation.ObservationPredicate;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;
import org.springframework.graphql.observation.DataFetcherObservationContext;

/**
 * Resolves each field on the request's own thread and observes requests rather than
 * fields, so a page of twenty items costs its reads and not a hundred hand-offs.
 */
@Configuration(proxyBeanMethods = false)
class FieldExecutionConfiguration {

	/**
	 * With virtual threads on, Spring GraphQL would start a virtual thread for every call
	 * of a controller method, down to each item's {@code id} and {@code title}: on a page
	 * of problems over a third of the profile's samples were in those threads, their
	 * futures and the context copied into each. The request already runs on a virtual
	 * thread of its own, where blocking on the store is cheap, so every method runs
	 * there.
	 */
	@Bean
	static BeanPostProcessor controllerMethodsOnRequestThread() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof AnnotatedControllerConfigurer configurer) {
					configurer.setBlockingMethodPredicate((method) -> false);
				}
				return bean;
			}

		};
	}

	/**
	 * One observation per field fetched (a page of problems made 120) cost more than the
	 * fields; the request observation still times and counts each request and its errors.
	 */
	@Bean
	ObservationPredicate noFieldObservations() {
		return (name, context) -> !(context instanceof DataFetcherObservationContext);
	}

}
