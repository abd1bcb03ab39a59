package jp.kitakyushu.busters.api.opendata;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.stereotype.Component;

/**
 * The files of the open data: each data set as CSV with a byte-order mark, CSV without
 * one and JSON; the data dictionary; the licence; and a ZIP of them all with their
 * SHA-256 sums. Files are written in a fixed order with fixed entry times, so the same
 * data gives the same ZIP, byte for byte.
 */
@Component
class OpenDataFiles {

	/** The time stamped on every ZIP entry: the programme's start, in local time. */
	static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2025, 4, 1, 0, 0);

	static final String ZIP_NAME = "busters-open-data.zip";

	private final PublicDataSets sets;

	OpenDataFiles(PublicDataSets sets) {
		this.sets = sets;
	}

	/** The data sets, in catalogue order. */
	List<DataSet> dataSets() {
		return this.sets.all();
	}

	/**
	 * The writer of a file named as it is served: {@code problems.csv} (with a BOM),
	 * {@code problems.utf8.csv} (without), {@code problems.json}, {@code dictionary.csv},
	 * {@code LICENSE.txt}.
	 */
	Optional<Consumer<OutputStream>> file(String name) {
		if (name.equals("dictionary.csv")) {
			return Optional.of((out) -> Formats.csv(dictionary(), out, true));
		}
		if (name.equals("LICENSE.txt")) {
			return Optional.of((out) -> write(out, licence()));
		}
		for (DataSet set : dataSets()) {
			if (name.equals(set.name() + ".csv")) {
				return Optional.of((out) -> Formats.csv(set, out, true));
			}
			if (name.equals(set.name() + ".utf8.csv")) {
				return Optional.of((out) -> Formats.csv(set, out, false));
			}
			if (name.equals(set.name() + ".json")) {
				return Optional.of((out) -> Formats.json(set, out));
			}
		}
		return Optional.empty();
	}

	/** Every file the ZIP holds besides its manifests, in order. */
	List<String> fileNames() {
		List<String> names = new ArrayList<>(List.of("LICENSE.txt", "dictionary.csv"));
		for (DataSet set : dataSets()) {
			names.addAll(List.of(set.name() + ".csv", set.name() + ".utf8.csv", set.name() + ".json"));
		}
		return names;
	}

	/** Writes the ZIP: every file, then SHA256SUMS (as sha256sum -c reads it). */
	void zip(OutputStream target) {
		try (ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8)) {
			StringBuilder sums = new StringBuilder();
			for (String name : fileNames()) {
				zip.putNextEntry(entry(name));
				MessageDigest digest = sha256();
				OutputStream entry = new DigestOutputStream(new KeepOpen(zip), digest);
				file(name).orElseThrow().accept(entry);
				entry.flush();
				zip.closeEntry();
				sums.append(HexFormat.of().formatHex(digest.digest())).append("  ").append(name).append('\n');
			}
			zip.putNextEntry(entry("SHA256SUMS"));
			zip.write(sums.toString().getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Every column of every data set. */
	DataSet dictionary() {
		return new DataSet("dictionary", "データ項目の定義", "Data dictionary",
				List.of(Column.string("dataset", "データセット", "Data set"), Column.string("column", "項目名", "Column"),
						Column.string("type", "型", "Type"),
						Column.string("meaning_ja", "意味（日本語）", "Meaning (Japanese)"),
						Column.string("meaning_en", "意味（英語）", "Meaning (English)")),
				(sink) -> {
					for (DataSet set : dataSets()) {
						for (Column column : set.columns()) {
							sink.accept(List.of(set.name(), column.name(), column.type(), column.meaningJa(),
									column.meaningEn()));
						}
					}
				});
	}

	static String licence() {
		return Licence.NAME + "\n" + Licence.URL + "\n\n" + Licence.COMPATIBILITY_JA + "\n" + Licence.COMPATIBILITY_EN
				+ "\n\n" + Licence.ATTRIBUTION + "\n";
	}

	private static ZipEntry entry(String name) {
		ZipEntry entry = new ZipEntry(name);
		entry.setTimeLocal(ENTRY_TIME);
		return entry;
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every JDK has SHA-256", ex);
		}
	}

	private static void write(OutputStream out, String text) {
		try {
			out.write(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Lets a file's writer close what it was given without closing the ZIP. */
	private static final class KeepOpen extends FilterOutputStream {

		KeepOpen(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			this.out.write(bytes, offset, length);
		}

		@Override
		public void close() throws IOException {
			flush();
		}

	}

}
