package jp.kitakyushu.busters.search.analysis;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

import org.jspecify.annotations.Nullable;

/**
 * The places of Kitakyushu a text names ({@code places.txt}: wards, stations, districts
 * and landmarks, in Japanese and romanised), so matching can tell the same problem from
 * the same problem in another place. The longest name at a position wins; romanised names
 * match whole words only.
 */
public final class Places {

	static final String RESOURCE = "places.txt";

	private static final Places INSTANCE = load();

	private final Map<Character, List<Name>> byFirstCharacter;

	private final Map<String, Place> byName = new HashMap<>();

	private final long checksum;

	private Places(List<Name> names, long checksum) {
		Map<Character, List<Name>> index = new HashMap<>();
		for (Name name : names) {
			this.byName.put(name.place.name(), name.place);
			index.computeIfAbsent(name.written.charAt(0), (c) -> new ArrayList<>()).add(name);
		}
		index.values().forEach((list) -> list.sort(Comparator.comparingInt((Name n) -> n.written.length()).reversed()));
		this.byFirstCharacter = index;
		this.checksum = checksum;
	}

	/**
	 * The gazetteer of the library.
	 * @return the places
	 */
	public static Places get() {
		return INSTANCE;
	}

	/**
	 * The places a text names, in order of first mention.
	 * @param text any text
	 * @return the places, empty when it names none
	 */
	public Set<Place> find(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		Set<Place> found = new LinkedHashSet<>();
		int at = 0;
		while (at < folded.length()) {
			Name match = longestAt(folded, at);
			if (match != null) {
				found.add(match.place);
				at += match.written.length();
			}
			else {
				at++;
			}
		}
		return found;
	}

	/**
	 * A place by its canonical name, as the index records it.
	 * @param name a canonical name
	 * @return the place, or {@code null} for a name the list does not have
	 */
	public @Nullable Place named(String name) {
		return this.byName.get(name);
	}

	/** Part of the analysis version: indexed places change with the list. */
	long checksum() {
		return this.checksum;
	}

	private @Nullable Name longestAt(String text, int at) {
		List<Name> candidates = this.byFirstCharacter.get(text.charAt(at));
		if (candidates == null) {
			return null;
		}
		for (Name name : candidates) {
			if (text.startsWith(name.written, at) && (!name.latin || wordBoundaries(text, at, name.written.length()))) {
				return name;
			}
		}
		return null;
	}

	private static boolean wordBoundaries(String text, int at, int length) {
		boolean before = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
		int end = at + length;
		boolean after = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
		return before && after;
	}

	private static Places load() {
		try (InputStream in = Places.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + RESOURCE);
			}
			byte[] bytes = in.readAllBytes();
			CRC32 crc = new CRC32();
			crc.update(bytes);
			return new Places(parse(bytes), crc.getValue());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Name> parse(byte[] bytes) throws IOException {
		List<Name> names = new ArrayList<>();
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
			String line;
			while ((line = lines.readLine()) != null) {
				String body = line.strip();
				if (body.isEmpty() || body.startsWith("#")) {
					continue;
				}
				String[] parts = body.split("\\|");
				if (parts.length != 3) {
					throw new IllegalStateException(RESOURCE + ": expected WARDS | NAME | NAMES in " + line);
				}
				Set<String> wards = new LinkedHashSet<>(Arrays.stream(parts[0].split(",")).map(String::strip).toList());
				String canonical = parts[1].strip();
				boolean wide = canonical.startsWith("*") || canonical.endsWith("区");
				canonical = canonical.replace("*", "");
				List<String> written = Arrays.stream(parts[2].split(","))
					.map((name) -> Normalizer.normalize(name.strip(), Normalizer.Form.NFKC))
					.filter((name) -> !name.isEmpty())
					.toList();
				Place place = new Place(canonical, wards, wide, written);
				for (String name : written) {
					String folded = name.toLowerCase(Locale.ROOT);
					names.add(new Name(folded, place, folded.chars().allMatch((c) -> c < 0x80)));
				}
			}
		}
		return names;
	}

	/**
	 * A place of the city.
	 *
	 * @param name its canonical name, e.g. 小倉駅
	 * @param wards the ward codes it lies in (more than one for a name that spans wards)
	 * @param ward whether it stands for a whole ward or an area as wide (小倉)
	 * @param names the ways it is written, Japanese and romanised
	 */
	public record Place(String name, Set<String> wards, boolean ward, List<String> names) {

		public Place {
			wards = Set.copyOf(wards);
			names = List.copyOf(names);
		}

	}

	private record Name(String written, Place place, boolean latin) {
	}

}
