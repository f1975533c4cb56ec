package org.newskg.cli;

import java.util.concurrent.Callable;
import org.newskg.store.KnowledgeStore;
import org.newskg.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Count what the store holds.",
    footer = {"", "Example:", "  newskg stats --store newskg-data"})
public final class StatsCommand implements Callable<Integer> {
  @Mixin
  StoreOptions storeOptions;

  @Override
  public Integer call() {
    try (KnowledgeStore store = storeOptions.openExisting()) {
      StoreStats s = store.stats();
      System.out.printf("articles       %,12d%n", s.articles());
      System.out.printf("statements     %,12d  (%,d with a speaker)%n", s.statements(),
          s.attributed());
      System.out.printf("people         %,12d%n", s.people());
      System.out.printf("organizations  %,12d%n", s.organizations());
      System.out.printf("countries      %,12d%n", s.countries());
      System.out.printf("triples        %,12d  (distinct, union of article graphs)%n",
          s.triples());
      System.out.printf("quads          %,12d%n", s.quads());
      System.out.printf("on disk        %,12d bytes (%s)%n", s.bytesOnDisk(),
          store.directory());
      return ExitCodes.OK;
    }
  }
}
