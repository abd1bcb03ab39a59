package jp.kitakyushu.busters.api.problem;

/**
 * A point on the map, in WGS84 degrees.
 *
 * @param lat latitude
 * @param lon longitude
 */
public record GeoPoint(double lat, double lon) {

	/** Southern edge of the box around Kitakyushu city. */
	static final double MIN_LAT = 33.70;

	/** Northern edge of the box around Kitakyushu city. */
	static final double MAX_LAT = 34.00;

	/** Western edge of the box around Kitakyushu city. */
	static final double MIN_LON = 130.60;

	/** Eastern edge of the box around Kitakyushu city. */
	static final double MAX_LON = 131.10;

	/** Whether the point lies in the city's bounding box. */
	public boolean insideCity() {
		return this.lat >= MIN_LAT && this.lat <= MAX_LAT && this.lon >= MIN_LON && this.lon <= MAX_LON;
	}

}
