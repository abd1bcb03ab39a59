package jp.kitakyushu.busters.api.system.graphql;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Keeps the parsed and validated form of the documents clients send, keyed by their text:
 * the public site and the apps send the same few documents over and over (only the
 * variables change), and parsing and validating one cost as much as answering {@code {
 * __typename }} itself.
 * <p>
 * Only documents that passed validation are kept (validation depends on the schema alone,
 * not on the variables), so a client sending broken or random documents cannot fill the
 * cache, and error messages stay in the caller's locale. When the cache holds
 * {@code capacity} documents it starts over: simpler than recency bookkeeping, and the
 * documents in use come back within a request each. A capacity of 0 keeps nothing.
 */
final class ParsedDocumentCache implements PreparsedDocumentProvider {

	private final Map<String, PreparsedDocumentEntry> documents = new ConcurrentHashMap<>();

	private final int capacity;

	ParsedDocumentCache(int capacity) {
		this.capacity = capacity;
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		String text = input.getQuery();
		PreparsedDocumentEntry cached = this.documents.get(text);
		if (cached != null) {
			return CompletableFuture.completedFuture(cached);
		}
		PreparsedDocumentEntry entry = parseAndValidate.apply(input);
		if (!entry.hasErrors() && this.capacity > 0) {
			if (this.documents.size() >= this.capacity) {
				this.documents.clear();
			}
			this.documents.put(text, entry);
		}
		return CompletableFuture.completedFuture(entry);
	}

	int size() {
		return this.documents.size();
	}

}
