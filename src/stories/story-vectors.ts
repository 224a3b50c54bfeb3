/**
 * The stories' summed term counts kept as flat arrays over one numbered
 * vocabulary, so that an article is scored against every story without a map
 * look-up per story term. The cosine is the one `assignArticle` computes, term
 * for term in the same order, so it gives the same numbers to the last bit;
 * only the bookkeeping differs. Clustering scores each article against every
 * story, and a story's terms grow with it: over maps, that was most of the
 * build's time at a thousand articles.
 */

const tfWeight = (tf: number) => 1 + Math.log(tf);

interface Vector {
  /** Vocabulary numbers of the story's terms, in the order they first came. */
  ids: number[];
  /** `tfWeight` of each term's summed count, by position. */
  weights: number[];
  /** Vocabulary number → position. */
  at: Map<number, number>;
}

export class StoryVectors {
  private readonly vocabulary = new Map<string, number>();
  /** Articles placed so far that use each term. */
  private docFreq: number[] = [];
  private readonly stories: Vector[] = [];
  /** This article's IDF of every term, set by `prepare`. */
  private idf = new Float64Array(0);
  private article: { id: number; weight: number; idf: number }[] = [];
  private articleNorm = 0;

  constructor(private readonly backgroundDocs: number) {}

  private idOf(term: string): number {
    let id = this.vocabulary.get(term);
    if (id === undefined) {
      id = this.docFreq.length;
      this.vocabulary.set(term, id);
      this.docFreq.push(0);
    }
    return id;
  }

  /** Sets the article to score: IDFs over `docs` articles placed, the article counted in. */
  prepare(terms: ReadonlyMap<string, number>, docs: number): void {
    const own = [...terms.keys()].map((k) => this.idOf(k));
    if (this.idf.length < this.docFreq.length) this.idf = new Float64Array(Math.max(this.docFreq.length, 2 * this.idf.length));
    const total = docs + 1 + this.backgroundDocs;
    for (let id = 0; id < this.docFreq.length; id++) this.idf[id] = Math.log(total / (this.docFreq[id] || 1));
    for (const id of own) this.idf[id] = Math.log(total / (this.docFreq[id] + 1 || 1));
    this.article = [];
    this.articleNorm = 0;
    let i = 0;
    for (const tf of terms.values()) {
      const id = own[i++];
      const weight = tfWeight(tf) * this.idf[id];
      this.articleNorm += weight * weight;
      this.article.push({ id, weight, idf: this.idf[id] });
    }
  }

  /** Cosine of the prepared article's sublinear TF-IDF vector and story `index`'s. */
  cosine(index: number): number {
    const story = this.stories[index];
    let dot = 0;
    for (const a of this.article) {
      const at = story.at.get(a.id);
      if (at !== undefined) dot += a.weight * story.weights[at] * a.idf;
    }
    let norm = 0;
    const { ids, weights } = story;
    for (let i = 0; i < ids.length; i++) {
      const w = weights[i] * this.idf[ids[i]];
      norm += w * w;
    }
    return this.articleNorm && norm ? dot / Math.sqrt(this.articleNorm * norm) : 0;
  }

  /** A new story, numbered after the others. */
  addStory(): void {
    this.stories.push({ ids: [], weights: [], at: new Map() });
  }

  /** Story `index` after its summed counts were grown to `summed`, by the terms in `added`. */
  grow(index: number, added: ReadonlyMap<string, number>, summed: ReadonlyMap<string, number>): void {
    const story = this.stories[index];
    for (const term of added.keys()) {
      const id = this.idOf(term);
      const weight = tfWeight(summed.get(term)!);
      const at = story.at.get(id);
      if (at === undefined) {
        story.at.set(id, story.ids.length);
        story.ids.push(id);
        story.weights.push(weight);
      } else story.weights[at] = weight;
    }
  }

  /** One more article placed, using these terms. */
  count(terms: ReadonlyMap<string, number>): void {
    for (const term of terms.keys()) this.docFreq[this.idOf(term)]++;
  }
}
