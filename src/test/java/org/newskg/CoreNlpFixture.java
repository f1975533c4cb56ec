package org.newskg;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.newskg.ingest.ProcessorFactory;

/**
 * Loads CoreNLP once per test JVM (about 30 s) and hands the same {@link ProcessorFactory} to
 * every test that asks for one. Kept in JUnit's root store, so it lives as long as the run.
 */
public final class CoreNlpFixture implements ParameterResolver {
  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == ProcessorFactory.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(ProcessorFactory.class, k -> ProcessorFactory.loadDefault(),
            ProcessorFactory.class);
  }
}
