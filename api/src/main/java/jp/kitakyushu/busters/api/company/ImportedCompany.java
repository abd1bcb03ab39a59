package jp.kitakyushu.busters.api.company;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A company as a past record brings it in, with its members (the first manages them).
 *
 * @param id the store id it keeps
 * @param name the name
 * @param corporateNumber its 法人番号
 * @param description what it does
 * @param capabilities what it can offer
 * @param tags free keywords
 * @param members its members, the managing one first
 * @param status the state it reached
 * @param verifiedAt when staff verified it
 * @param createdAt when it registered
 */
public record ImportedCompany(String id, String name, String corporateNumber, String description, String capabilities,
		List<String> tags, List<CompanyMember> members, CompanyStatus status, @Nullable Instant verifiedAt,
		Instant createdAt) {

	public ImportedCompany {
		tags = List.copyOf(tags);
		members = List.copyOf(members);
		if (members.isEmpty()) {
			throw new IllegalArgumentException("A company has at least one member");
		}
	}

}
