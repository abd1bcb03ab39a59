package jp.kitakyushu.busters.api.fund;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The fund's running totals in one document, changed only by conditional atomic
 * increments: {@code available} never goes below zero, so allocated never exceeds
 * contributed.
 *
 * @param id always {@link #ID}
 * @param contributed total contributions, net of reversals
 * @param allocated total allocations, net of reversals
 * @param disbursed total disbursements, net of reversals
 * @param available contributed minus allocated: what can still be allocated
 */
@Document("fund_accounts")
public record FundAccount(@Id String id, long contributed, long allocated, long disbursed, long available) {

	/** The id of the Busters Fund's account. */
	public static final String ID = "busters-fund";

	static FundAccount empty() {
		return new FundAccount(ID, 0, 0, 0, 0);
	}

}
