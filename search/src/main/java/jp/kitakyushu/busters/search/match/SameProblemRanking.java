package jp.kitakyushu.busters.search.match;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jp.kitakyushu.busters.search.analysis.Analysis;
import jp.kitakyushu.busters.search.analysis.Places;
import jp.kitakyushu.busters.search.index.DocValuesReader;
import jp.kitakyushu.busters.search.index.DocumentWords;
import jp.kitakyushu.busters.search.index.IndexFields;
import jp.kitakyushu.busters.search.index.IndexFields.Family;
import jp.kitakyushu.busters.search.match.SourceTerms.SelectedTerm;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOSupplier;

/**
 * Ranks problems by how likely each is the same problem as the source, not merely the
 * same topic: the best topical candidates are retrieved first, then each is scored by
 * {@link SameProblemModel} from features that see both sides (a candidate whose title
 * speaks of a defect the source never mentions loses, even when the topic matches) and
 * from the places both name.
 */
final class SameProblemRanking {

	private static final String CITYWIDE = "CITYWIDE";

	private final IndexSearcher searcher;

	private final MatchSettings settings;

	private final SameProblemModel model;

	SameProblemRanking(IndexSearcher searcher, MatchSettings settings, SameProblemModel model) {
		this.searcher = searcher;
		this.settings = settings;
		this.model = model;
	}

	/**
	 * The candidates of a topical query, most likely the same problem first.
	 */
	List<Ranked> rank(SourceTerms terms, String text, Query query, int limit) throws IOException {
		return rank(terms, text, TopHits.of(this.searcher, query, candidates(limit)), limit);
	}

	/** How many topical candidates are ranked for {@code limit} results. */
	int candidates(int limit) {
		return Math.max(limit, this.settings.problemCandidates());
	}

	/**
	 * Topical candidates (hits with their retrieval scores), most likely the same problem
	 * first.
	 */
	List<Ranked> rank(SourceTerms terms, String text, ScoreDoc[] hits, int limit) throws IOException {
		if (hits.length == 0) {
			return List.of();
		}
		IndexReader reader = this.searcher.getIndexReader();
		Source source = new Source(terms, Places.get().find(text), predicates(text), this.settings);
		List<Set<String>> bigrams = bigramPresence(terms, hits);
		DocumentWords.Reader wordsReader = new DocumentWords.Reader(reader);
		List<Candidate> candidates = new ArrayList<>(hits.length);
		List<List<String>> candidatePlaces = new ArrayList<>(hits.length);
		List<Set<String>> placeWordsOf = new ArrayList<>(hits.length);
		List<DocumentWords> wordsOf = new ArrayList<>(hits.length);
		Map<String, Integer> localDocFreq = new HashMap<>();
		int[] docs = Arrays.stream(hits).mapToInt((hit) -> hit.doc).toArray();
		List<List<String>> placesOf = DocValuesReader.keywords(reader, docs, IndexFields.PLACE);
		List<List<String>> wardsOf = DocValuesReader.keywords(reader, docs, IndexFields.WARD);
		List<List<String>> defectsOf = DocValuesReader.keywords(reader, docs, IndexFields.TITLE_DEFECTS);
		List<String> ids = DocValuesReader.ids(reader, docs);
		for (int h = 0; h < hits.length; h++) {
			ScoreDoc hit = hits[h];
			List<String> places = placesOf.get(h);
			Set<String> placeWords = new HashSet<>(source.placeWords);
			for (String name : places) {
				Places.Place place = Places.get().named(name);
				if (place != null) {
					placeWords.addAll(PlaceWords.of(place));
				}
			}
			DocumentWords words = wordsReader.of(hit.doc);
			wordsOf.add(words);
			Candidate candidate = Candidate.read(words, placeWords);
			placeWordsOf.add(placeWords);
			candidate.all().keySet().forEach((word) -> localDocFreq.merge(word, 1, Integer::sum));
			candidates.add(candidate);
			candidatePlaces.add(places);
		}
		Local local = new Local(localDocFreq, hits.length);
		List<Ranked> ranked = new ArrayList<>(hits.length);
		for (int i = 0; i < hits.length; i++) {
			int doc = hits[i].doc;
			Candidate candidate = candidates.get(i);
			float[] features = new float[SameProblemModel.FEATURES.size()];
			features[0] = source.coverage(candidate);
			features[1] = source.share(candidate.title);
			features[2] = source.bigramCoverage(bigrams.get(i));
			places(source, candidatePlaces.get(i), wardsOf.get(i), features);
			features[7] = source.share(candidate.all());
			features[8] = (!wordsOf.get(i).isEmpty(DocumentWords.Part.TITLE_PREDICATES)
					&& noneIn(wordsOf.get(i), source.predicates)) ? 1 : 0;
			features[9] = source.localCoverage(candidate, local);
			features[10] = source.localShare(candidate, local);
			features[11] = source.unknownShare();
			Set<String> candidatePlaceWords = placeWordsOf.get(i);
			List<String> defects = defectsOf.get(i)
				.stream()
				.filter((defect) -> !candidatePlaceWords.contains(defect))
				.toList();
			long spoken = defects.stream().filter(source.vocabulary::contains).count();
			features[12] = defects.isEmpty() ? 0 : (float) spoken / defects.size();
			features[13] = (!defects.isEmpty() && spoken == 0) ? 1 : 0;
			String id = ids.get(i);
			ranked.add(new Ranked(doc,
					new SameProblemCandidate(id, hits[i].score, features, this.model.probability(features))));
		}
		ranked.sort(Comparator.comparingDouble((Ranked r) -> r.candidate().sameness())
			.thenComparingDouble((Ranked r) -> r.candidate().retrievalScore())
			.reversed());
		return ranked.subList(0, Math.min(limit, ranked.size()));
	}

	private static Set<String> predicates(String text) throws IOException {
		Set<String> predicates = new HashSet<>();
		try (TokenStream stream = Analysis.get().predicates().tokenStream(IndexFields.TITLE_PREDICATES, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				predicates.add(term.toString());
			}
			stream.end();
		}
		return predicates;
	}

	/** Whether none of a candidate's title predicates is one of the source's. */
	private static boolean noneIn(DocumentWords words, Set<String> predicates) {
		boolean[] found = new boolean[1];
		words.forEach(DocumentWords.Part.TITLE_PREDICATES,
				(predicate, frequency) -> found[0] |= predicates.contains(predicate));
		return !found[0];
	}

	/** Features 3 to 6: same place, same ward, another ward, other specific places. */
	private static void places(Source source, List<String> places, List<String> wards, float[] features) {
		Set<String> candidateWards = new HashSet<>();
		wards.stream().filter((ward) -> !CITYWIDE.equals(ward)).forEach(candidateWards::add);
		Set<String> candidateSpecific = new HashSet<>();
		for (String name : places) {
			Places.Place place = Places.get().named(name);
			if (place == null || !place.ward()) {
				candidateSpecific.add(name);
			}
			if (place != null) {
				candidateWards.addAll(place.wards());
			}
		}
		Set<String> sourceWards = new HashSet<>();
		Set<String> sourceSpecific = new HashSet<>();
		for (Places.Place place : source.places) {
			sourceWards.addAll(place.wards());
			if (!place.ward()) {
				sourceSpecific.add(place.name());
			}
		}
		boolean samePlace = sourceSpecific.stream().anyMatch(candidateSpecific::contains);
		boolean wardsKnown = !sourceWards.isEmpty() && !candidateWards.isEmpty();
		boolean sameWard = wardsKnown && sourceWards.stream().anyMatch(candidateWards::contains);
		features[3] = samePlace ? 1 : 0;
		features[4] = sameWard ? 1 : 0;
		features[5] = (wardsKnown && !sameWard) ? 1 : 0;
		features[6] = (!samePlace && !sourceSpecific.isEmpty() && !candidateSpecific.isEmpty()) ? 1 : 0;
	}

	/**
	 * For each hit, which of the source's bigram terms it has, read from postings:
	 * bigrams are not in the words doc value. The postings are read segment by segment,
	 * one terms enumeration and postings enumeration reused per field, without weights or
	 * scorers: only presence is wanted.
	 */
	private List<Set<String>> bigramPresence(SourceTerms terms, ScoreDoc[] hits) throws IOException {
		List<Set<String>> present = new ArrayList<>(hits.length);
		for (int i = 0; i < hits.length; i++) {
			present.add(new HashSet<>());
		}
		List<SelectedTerm> bigrams = terms.terms().stream().filter((term) -> term.family() == Family.BI).toList();
		if (bigrams.isEmpty()) {
			return present;
		}
		List<List<SourceTerms.FieldLookup>> fieldsOf = new ArrayList<>(bigrams.size());
		for (SelectedTerm bigram : bigrams) {
			fieldsOf.add(terms.fieldLookups(this.searcher, bigram, this.settings));
		}
		Integer[] order = new Integer[hits.length];
		Arrays.setAll(order, (i) -> i);
		Arrays.sort(order, Comparator.comparingInt((Integer i) -> hits[i].doc));
		List<LeafReaderContext> leaves = this.searcher.getIndexReader().leaves();
		int from = 0;
		while (from < order.length) {
			int leafIndex = ReaderUtil.subIndex(hits[order[from]].doc, leaves);
			LeafReaderContext leaf = leaves.get(leafIndex);
			int to = from;
			while (to < order.length && hits[order[to]].doc < leaf.docBase + leaf.reader().maxDoc()) {
				to++;
			}
			Map<String, TermsEnum> enums = new HashMap<>();
			Map<String, PostingsEnum> postings = new HashMap<>();
			for (int t = 0; t < bigrams.size(); t++) {
				for (SourceTerms.FieldLookup field : fieldsOf.get(t)) {
					IOSupplier<TermState> supplier = field.states().get(leaf);
					TermState state = (supplier != null) ? supplier.get() : null;
					if (state == null) {
						continue;
					}
					TermsEnum termsEnum = enums.get(field.field());
					if (termsEnum == null) {
						termsEnum = leaf.reader().terms(field.field()).iterator();
						enums.put(field.field(), termsEnum);
					}
					termsEnum.seekExact(new BytesRef(bigrams.get(t).text()), state);
					PostingsEnum docs = termsEnum.postings(postings.get(field.field()), PostingsEnum.NONE);
					postings.put(field.field(), docs);
					for (int k = from; k < to; k++) {
						int i = order[k];
						int target = hits[i].doc - leaf.docBase;
						int at = (docs.docID() < target) ? docs.advance(target) : docs.docID();
						if (at == target) {
							present.get(i).add(bigrams.get(t).text());
						}
					}
				}
			}
			from = to;
		}
		return present;
	}

	/**
	 * A ranked candidate with its top-level doc id.
	 */
	record Ranked(int doc, SameProblemCandidate candidate) {
	}

	/**
	 * How many of a query's candidates have each word.
	 */
	private record Local(Map<String, Integer> docFreq, int candidates) {

		/** An inverse frequency among the candidates, 1 for a word only one has. */
		float weight(String word) {
			int df = this.docFreq.getOrDefault(word, 0);
			return (float) (Math.log(1.0 + this.candidates / (1.0 + df)) / Math.log(1.0 + this.candidates / 2.0));
		}

	}

	/**
	 * A candidate's words (Japanese and English) in its title and text with their
	 * frequencies, place names left out, read from its {@link DocumentWords}, and both
	 * fields' words together (read twice per candidate, so made once).
	 */
	private record Candidate(Map<String, Long> title, Map<String, Long> text, Map<String, Long> all) {

		static Candidate read(DocumentWords words, Set<String> placeWords) {
			Map<String, Long> title = VectorWords.of(words, IndexFields.TITLE, placeWords);
			Map<String, Long> text = VectorWords.of(words, IndexFields.TEXT, placeWords);
			Map<String, Long> all = new HashMap<>(text);
			title.forEach((word, frequency) -> all.merge(word, frequency, Long::sum));
			return new Candidate(title, text, all);
		}

		boolean has(String word) {
			return this.title.containsKey(word) || this.text.containsKey(word);
		}

	}

	/**
	 * The source's side of the features: its words with their weights (place names
	 * apart), its bigrams and its places.
	 */
	private static final class Source {

		private final Map<String, SelectedTerm> words = new HashMap<>();

		private final List<SelectedTerm> own = new ArrayList<>();

		private final List<SelectedTerm> bigrams = new ArrayList<>();

		private final Set<Places.Place> places;

		private final Set<String> predicates;

		private final Set<String> placeWords = new HashSet<>();

		/** Every word of the source, its dictionary synonyms included. */
		private final Set<String> vocabulary = new HashSet<>();

		private final MatchSettings settings;

		Source(SourceTerms terms, Set<Places.Place> places, Set<String> predicates, MatchSettings settings) {
			this.places = places;
			this.predicates = predicates;
			this.settings = settings;
			places.forEach((place) -> this.placeWords.addAll(PlaceWords.of(place)));
			for (SelectedTerm term : terms.terms()) {
				if (this.placeWords.contains(term.text()) || PlaceWords.inName(term.text(), places)) {
					continue;
				}
				if (term.family() == Family.BI) {
					this.bigrams.add(term);
					continue;
				}
				SelectedTerm known = this.words.get(term.text());
				if (known == null || (known.expansion() && !term.expansion())) {
					this.words.put(term.text(), term);
				}
				if (!term.expansion()) {
					this.own.add(term);
				}
			}
			for (SelectedTerm term : terms.unknown()) {
				if (term.family() != Family.BI && !this.placeWords.contains(term.text())) {
					this.own.add(term);
				}
			}
			for (SelectedTerm term : this.own) {
				this.vocabulary.add(term.text());
				this.vocabulary.addAll(term.synonyms());
			}
			this.vocabulary.addAll(this.words.keySet());
		}

		/**
		 * Share of the source's own word weight the candidate has, its words unknown to
		 * the index included (no candidate has them); a word the source only has as a
		 * dictionary synonym adds its (lower) weight when the candidate has it.
		 */
		float coverage(Candidate candidate) {
			float all = 0;
			float found = 0;
			for (SelectedTerm term : this.own) {
				all += term.salience();
				found += term.salience() * covered(term, candidate);
			}
			return (all == 0) ? 0 : found / all;
		}

		/**
		 * 1 when the candidate has the source's word, the synonym weight when it has one
		 * of the word's dictionary synonyms instead, else 0.
		 */
		private float covered(SelectedTerm term, Candidate candidate) {
			if (term.known() && candidate.has(term.text())) {
				return 1f;
			}
			for (String synonym : term.synonyms()) {
				if (candidate.has(synonym)) {
					return synonymWeight(term.family());
				}
			}
			return 0f;
		}

		/**
		 * Share of a candidate's word occurrences the source has (a word the source only
		 * has as a dictionary synonym counts as much as the synonym weight).
		 */
		float share(Map<String, Long> candidateWords) {
			float matched = 0;
			long total = 0;
			for (Map.Entry<String, Long> word : candidateWords.entrySet()) {
				total += word.getValue();
				SelectedTerm known = this.words.get(word.getKey());
				if (known != null) {
					matched += word.getValue() * (known.expansion() ? synonymWeight(known.family()) : 1f);
				}
			}
			return (total == 0) ? 0 : matched / total;
		}

		/**
		 * Share of the source's own word weight that no indexed document has: the more of
		 * what it says is new, the less likely any indexed problem is the same.
		 */
		float unknownShare() {
			float all = 0;
			float unknown = 0;
			for (SelectedTerm term : this.own) {
				all += term.salience();
				unknown += term.known() ? 0 : term.salience();
			}
			return (all == 0) ? 0 : unknown / all;
		}

		/**
		 * Like {@link #coverage(Candidate)}, each word weighted also by how few of the
		 * candidates have it: words most candidates share are the topic, the rest what
		 * makes each post its own problem.
		 */
		float localCoverage(Candidate candidate, Local local) {
			float all = 0;
			float found = 0;
			for (SelectedTerm term : this.own) {
				// An unknown word is in no candidate: it has the largest local weight.
				float weight = term.salience() * local.weight(term.known() ? term.text() : "");
				all += weight;
				found += weight * covered(term, candidate);
			}
			return (all == 0) ? 0 : found / all;
		}

		/**
		 * Share of the candidate's words, each weighted by how few candidates have it,
		 * that the source has: a candidate whose own particulars the source never
		 * mentions is another problem.
		 */
		float localShare(Candidate candidate, Local local) {
			float all = 0;
			float found = 0;
			for (Map.Entry<String, Long> word : candidate.all().entrySet()) {
				float weight = (float) Math.sqrt(word.getValue()) * local.weight(word.getKey());
				all += weight;
				SelectedTerm known = this.words.get(word.getKey());
				if (known != null) {
					found += weight * (known.expansion() ? synonymWeight(known.family()) : 1f);
				}
			}
			return (all == 0) ? 0 : found / all;
		}

		float bigramCoverage(Set<String> present) {
			float all = 0;
			float matched = 0;
			for (SelectedTerm bigram : this.bigrams) {
				all += bigram.salience();
				matched += present.contains(bigram.text()) ? bigram.salience() : 0;
			}
			return (all == 0) ? 0 : matched / all;
		}

		private float synonymWeight(Family family) {
			return (family == Family.JA) ? this.settings.synonymWeightJa() : this.settings.synonymWeightEn();
		}

	}

}
