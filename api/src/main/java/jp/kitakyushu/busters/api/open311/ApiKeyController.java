package jp.kitakyushu.busters.api.open311;

import java.util.List;

import jp.kitakyushu.busters.api.system.graphql.Connection;
import jp.kitakyushu.busters.api.system.graphql.GlobalId;
import jp.kitakyushu.busters.api.system.graphql.Mutations;
import jp.kitakyushu.busters.api.system.graphql.PageRequest;
import jp.kitakyushu.busters.api.system.graphql.UserError;
import org.jspecify.annotations.Nullable;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Staff's GraphQL operations on Open311 API keys.
 */
@Controller
class ApiKeyController {

	private final ApiKeys keys;

	ApiKeyController(ApiKeys keys) {
		this.keys = keys;
	}

	@QueryMapping
	Connection<ApiKey> open311ApiKeys(@Argument @Nullable Integer first, @Argument @Nullable String after) {
		return this.keys.list(PageRequest.of(first, after));
	}

	@MutationMapping
	IssuePayload open311ApiKeyIssue(@Argument IssueInput input) {
		return Mutations.run(() -> this.keys.issue(input.name(), input.contact(), input.perHourLimit()),
				(issued, errors) -> new IssuePayload((issued != null) ? issued.key() : null,
						(issued != null) ? issued.secret() : null, errors));
	}

	@MutationMapping
	KeyPayload open311ApiKeyRevoke(@Argument RevokeInput input) {
		return Mutations.run(() -> this.keys.revoke(input.apiKeyId()), KeyPayload::new);
	}

	@SchemaMapping(typeName = ApiKey.TYPE)
	String id(ApiKey key) {
		return GlobalId.encode(ApiKey.TYPE, key.id());
	}

	@SchemaMapping(typeName = ApiKey.TYPE)
	String keyId(ApiKey key) {
		return key.id();
	}

	record IssueInput(String name, @Nullable String contact, @Nullable Integer perHourLimit) {
	}

	record RevokeInput(String apiKeyId) {
	}

	/**
	 * The result of issuing a key.
	 *
	 * @param apiKey the stored key
	 * @param key the whole key, shown once
	 * @param userErrors what to fix
	 */
	record IssuePayload(@Nullable ApiKey apiKey, @Nullable String key, List<UserError> userErrors) {
	}

	/**
	 * The result of revoking a key.
	 *
	 * @param apiKey the key after the change
	 * @param userErrors what to fix
	 */
	record KeyPayload(@Nullable ApiKey apiKey, List<UserError> userErrors) {
	}

}
