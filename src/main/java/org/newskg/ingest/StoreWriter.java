package org.newskg.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.newskg.link.LinkStage;
import org.newskg.rdf.ArticleGraph;
import org.newskg.store.KnowledgeStore;

/**
 * The last two stages of every way articles reach a store (ingest, live ingestion, load): the
 * link stage, then the store. One writer per store keeps the link stage's knowledge of the
 * store in memory between batches.
 */
public final class StoreWriter {
  private final KnowledgeStore store;
  private final LinkStage links;

  public StoreWriter(KnowledgeStore store) {
    this.store = store;
    this.links = new LinkStage(store);
  }

  /** Links a batch of articles as read to the store's articles and stores it, in one go. */
  public void write(Collection<ArticleGraph> batch) {
    if (!batch.isEmpty()) {
      List<ArticleGraph> stored = new ArrayList<>();
      for (ArticleGraph a : batch) {
        stored.add(new ArticleGraph(a.articleIri(), a.contentHash(),
            KnowledgeStore.asStored(a.graph()), a.statements(), a.actors()));
      }
      store.write(links.link(stored));
    }
  }
}
