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
  /** Vocabulary number → the stories holding the term, and its position in each (parallel lists). */
  private readonly holders: number[][] = [];
  private readonly positions: number[][] = [];
  /**
   * This article's IDF of a term, where `idfStep[id]` is the article's step:
   * worked out when first needed, as only the terms of stories sharing a word
   * with the article are read.
   */
  private idf = new Float64Array(0);
  private idfStep = new Int32Array(0);
  private step = 0;
  private total = 0;
  private article: { id: number; weight: number; idf: number }[] = [];
  private articleNorm = 0;

  constructor(private readonly backgroundDocs: number) {}

  private idOf(term: string): number {
    let id = this.vocabulary.get(term);
    if (id === undefined) {
      id = this.docFreq.length;
      this.vocabulary.set(term, id);
      this.docFreq.push(0);
      this.holders.push([]);
      this.positions.push([]);
    }
    return id;
  }

  /** Sets the article to score: IDFs over `docs` articles placed, the article counted in. */
  prepare(terms: ReadonlyMap<string, number>, docs: number): void {
    const own = [...terms.keys()].map((k) => this.idOf(k));
    if (this.idf.length < this.docFreq.length) {
      // Fresh arrays: a step of 0 is no article's, so every IDF is worked out again.
      const size = Math.max(this.docFreq.length, 2 * this.idf.length);
      this.idf = new Float64Array(size);
      this.idfStep = new Int32Array(size);
    }
    this.step++;
    const total = (this.total = docs + 1 + this.backgroundDocs);
    for (const id of own) {
      this.idf[id] = Math.log(total / (this.docFreq[id] + 1 || 1));
      this.idfStep[id] = this.step;
    }
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

  /**
   * Cosine of the prepared article's sublinear TF-IDF vector and each story's,
   * by story index. Only stories sharing a term with the article are looked
   * at: their dot products are summed term by term in the article's order,
   * and only they need their norm; every other story scores 0.
   */
  cosines(): Float64Array {
    const dots = new Float64Array(this.stories.length);
    for (const a of this.article) {
      const holders = this.holders[a.id];
      const positions = this.positions[a.id];
      for (let k = 0; k < holders.length; k++) dots[holders[k]] += a.weight * this.stories[holders[k]].weights[positions[k]] * a.idf;
    }
    const out = new Float64Array(this.stories.length);
    for (let index = 0; index < this.stories.length; index++) if (dots[index]) out[index] = this.withNorm(index, dots[index]);
    return out;
  }

  /** The cosine with story `index`, given their dot product. */
  private withNorm(index: number, dot: number): number {
    let norm = 0;
    const { ids, weights } = this.stories[index];
    const { idf, idfStep, step, docFreq, total } = this;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i];
      if (idfStep[id] !== step) {
        idf[id] = Math.log(total / (docFreq[id] || 1));
        idfStep[id] = step;
      }
      const w = weights[i] * idf[id];
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
        this.holders[id].push(index);
        this.positions[id].push(story.ids.length);
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
