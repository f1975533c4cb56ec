package org.newskg.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Makes a Graph Store Protocol read of the default graph ({@code GET /newskg/get?default}) answer
 * the union of all article graphs, as SPARQL queries see it. TDB2's union default graph applies
 * to queries only; GSP reads the stored default graph, which newskg leaves empty. The request is
 * rewritten to {@code ?graph=urn:x-arq:UnionGraph}; writes are not touched (they stay refused).
 */
final class UnionDefaultGraphFilter implements Filter {

  static final String UNION_GRAPH = "urn:x-arq:UnionGraph";

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request instanceof HttpServletRequest http && isDefaultGraphRead(http)) {
      chain.doFilter(new UnionRequest(http), response);
      return;
    }
    chain.doFilter(request, response);
  }

  private static boolean isDefaultGraphRead(HttpServletRequest http) {
    String method = http.getMethod();
    return ("GET".equals(method) || "HEAD".equals(method))
        && http.getParameter("default") != null && http.getParameter("graph") == null;
  }

  /** The same request with {@code default} replaced by {@code graph=urn:x-arq:UnionGraph}. */
  private static final class UnionRequest extends HttpServletRequestWrapper {
    private final Map<String, String[]> parameters;

    UnionRequest(HttpServletRequest request) {
      super(request);
      Map<String, String[]> p = new LinkedHashMap<>(request.getParameterMap());
      p.remove("default");
      p.put("graph", new String[] {UNION_GRAPH});
      this.parameters = Collections.unmodifiableMap(p);
    }

    @Override
    public String getParameter(String name) {
      String[] values = parameters.get(name);
      return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
      return parameters.get(name);
    }

    @Override
    public String getQueryString() {
      return "graph=" + UNION_GRAPH.replace(":", "%3A");
    }
  }
}
