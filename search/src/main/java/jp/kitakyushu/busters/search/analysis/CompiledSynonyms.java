package jp.kitakyushu.busters.search.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.zip.CRC32;

import org.apache.lucene.analysis.synonym.SynonymMap;
import org.jspecify.annotations.Nullable;

/**
 * The expansion maps {@link SynonymCompiler} wrote next to these classes at build time,
 * checked against the domain list and analysis chain they were compiled with.
 *
 * @param japanese Sudachi's Japanese synonyms
 * @param english WordNet's and Sudachi's English synonyms
 * @param stamp identifies the maps' inputs, part of the analysis version
 */
record CompiledSynonyms(SynonymMap japanese, SynonymMap english, String stamp) {

	static final String JAPANESE = "synonyms-ja.map";

	static final String ENGLISH = "synonyms-en.map";

	static final String PROPERTIES = "synonyms.properties";

	static final String INPUTS = "inputs";

	/**
	 * Loads the compiled maps.
	 * @param domain the domain list the analysis folds with now
	 * @throws IllegalStateException when the build has not compiled them, or compiled
	 * them for another domain list or chain (the message says how to rebuild)
	 */
	static CompiledSynonyms load(DomainSynonyms domain) {
		Properties properties = new Properties();
		try (InputStream in = CompiledSynonyms.class.getResourceAsStream(PROPERTIES)) {
			if (in == null) {
				throw new IllegalStateException("The compiled synonym maps are missing: build the search module with "
						+ "Maven (./mvnw -pl search process-classes), which fetches Sudachi's synonym dictionary and "
						+ "compiles them");
			}
			properties.load(in);
			String inputs = properties.getProperty(INPUTS, "");
			check(inputs, domain);
			CRC32 crc = new CRC32();
			crc.update(inputs.getBytes(StandardCharsets.UTF_8));
			return new CompiledSynonyms(map(JAPANESE), map(ENGLISH), Long.toHexString(crc.getValue()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Refuses maps compiled for another domain list or analysis chain: their left sides
	 * would not be the token sequences the analysis produces now.
	 * @throws IllegalStateException naming both and how to rebuild
	 */
	static void check(String inputs, DomainSynonyms domain) {
		String expected = "chain=" + Analysis.CHAIN_VERSION + ",domain=" + Long.toHexString(domain.checksum());
		if (!inputs.contains(expected)) {
			throw new IllegalStateException("The compiled synonym maps (" + inputs + ") were built for another domain "
					+ "list or analysis chain (" + expected + "): rebuild the search module with Maven");
		}
	}

	/** The inputs recorded in a properties file, or {@code null} when there is none. */
	static @Nullable String inputsOf(Path properties) throws IOException {
		if (!Files.isRegularFile(properties)) {
			return null;
		}
		Properties loaded = new Properties();
		try (InputStream in = Files.newInputStream(properties)) {
			loaded.load(in);
		}
		return loaded.getProperty(INPUTS);
	}

	private static SynonymMap map(String resource) throws IOException {
		try (InputStream in = CompiledSynonyms.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("The compiled synonym map " + resource + " is missing: rebuild the "
						+ "search module with Maven");
			}
			return SynonymMapFile.read(in);
		}
	}

}
