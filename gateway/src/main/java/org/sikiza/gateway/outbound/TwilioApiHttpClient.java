package org.sikiza.gateway.outbound;

import com.twilio.http.HttpClient;
import com.twilio.http.NetworkHttpClient;
import com.twilio.http.Request;
import com.twilio.http.Response;
import java.net.URI;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import java.net.URL;
import java.util.List;
import java.util.Map;

/**
 * The Twilio SDK's HTTP client with two changes: each request is made once (the SDK would retry 5xx three times at
 * once, and Apache's client 429 and 503; our queue retries with backoff, after a rate-limit slot), and with a base
 * URL configured the request
 * goes there instead of {@code https://api.twilio.com} (WireMock in tests; an egress proxy in production).
 */
public final class TwilioApiHttpClient extends HttpClient {

  private final NetworkHttpClient network = new NetworkHttpClient(HttpClientBuilder.create()
      .useSystemProperties()
      .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
          .setDefaultSocketConfig(HttpClient.DEFAULT_SOCKET_CONFIG).setMaxConnPerRoute(10).setMaxConnTotal(20).build())
      .setDefaultRequestConfig(HttpClient.DEFAULT_REQUEST_CONFIG)
      // Apache's client would resend a 429 or 503 itself, at once: our queue decides when to try again.
      .disableAutomaticRetries());
  private final URI base;

  /** @param baseUrl e.g. {@code http://localhost:8089}, or null for Twilio itself */
  public TwilioApiHttpClient(String baseUrl) {
    this.base = baseUrl == null || baseUrl.isBlank() ? null : URI.create(baseUrl.replaceAll("/+$", ""));
  }

  @Override
  public Response reliableRequest(Request request) {
    return makeRequest(request);
  }

  @Override
  public Response makeRequest(Request request) {
    return network.makeRequest(base == null ? request : rebased(request));
  }

  private Request rebased(Request request) {
    URL original = request.constructURL();
    Request copy = new Request(request.getMethod(), base + original.getPath());
    if (request.getAuthStrategy() != null) {
      copy.setAuth(request.getAuthStrategy());
    } else {
      copy.setAuth(request.getUsername(), request.getPassword());
    }
    copy.setContentType(request.getContentType());
    if (request.getBody() != null) {
      copy.setBody(request.getBody());
    }
    copy(request.getQueryParams(), copy::addQueryParam);
    copy(request.getPostParams(), copy::addPostParam);
    copy(request.getHeaderParams(), copy::addHeaderParam);
    copy.setUserAgentExtensions(request.getUserAgentExtensions());
    return copy;
  }

  private static void copy(Map<String, List<String>> params, java.util.function.BiConsumer<String, String> add) {
    params.forEach((name, values) -> values.forEach(value -> add.accept(name, value)));
  }
}
