package jp.kitakyushu.busters.api.system.graphql;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import graphql.ExecutionResult;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Document;
import org.jspecify.annotations.Nullable;

/**
 * Refuses an operation that is too deep or too costly before it runs, as graphql-java's
 * {@link MaxQueryDepthInstrumentation} and {@link MaxQueryComplexityInstrumentation} do
 * (they measure, and their errors are what a caller gets), but measures an operation
 * without variables once: its depth and cost depend on the document alone, and walking
 * the document twice on every request cost a tenth of the framework's part of a page.
 * <p>
 * Operations that declare variables are measured on every request, as page sizes may come
 * from them. Documents come from {@link ParsedDocumentCache}, so the same text is the
 * same {@link Document} object while it is kept; a document that is not kept is measured
 * again when it comes back, and this remembers at most {@code capacity} operations,
 * starting over when full, as that cache does.
 */
final class QueryLimitsInstrumentation extends SimplePerformantInstrumentation {

	private final MaxQueryDepthInstrumentation depth;

	private final MaxQueryComplexityInstrumentation complexity;

	private final InstrumentationState complexityState;

	/** Operations without variables that passed both limits. */
	private final Map<Passed, Boolean> passed = new ConcurrentHashMap<>();

	private final int capacity;

	QueryLimitsInstrumentation(MaxQueryDepthInstrumentation depth, MaxQueryComplexityInstrumentation complexity,
			int capacity) {
		this.depth = depth;
		this.complexity = complexity;
		// Its state keeps the validation's parameters for a custom "exceeded" function
		// only; the default one, used here, does not read them.
		this.complexityState = complexity.createStateAsync(null).join();
		this.capacity = capacity;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, @Nullable InstrumentationState state) {
		ExecutionContext execution = parameters.getExecutionContext();
		boolean fixed = execution.getOperationDefinition().getVariableDefinitions().isEmpty();
		Passed operation = new Passed(execution.getDocument(), execution.getOperationDefinition().getName());
		if (fixed && this.passed.containsKey(operation)) {
			return SimpleInstrumentationContext.noOp();
		}
		// Each throws the error a caller gets when its limit is exceeded.
		this.depth.beginExecuteOperation(parameters, null);
		this.complexity.beginExecuteOperation(parameters, this.complexityState);
		if (fixed && this.capacity > 0) {
			if (this.passed.size() >= this.capacity) {
				this.passed.clear();
			}
			this.passed.put(operation, Boolean.TRUE);
		}
		return SimpleInstrumentationContext.noOp();
	}

	int size() {
		return this.passed.size();
	}

	/**
	 * One operation of a parsed document; documents compare by identity.
	 *
	 * @param document the parsed document
	 * @param operation the operation's name, null for an anonymous one
	 */
	private record Passed(Document document, @Nullable String operation) {
	}

}
