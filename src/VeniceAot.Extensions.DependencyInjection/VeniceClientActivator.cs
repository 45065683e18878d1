using System;
using System.Net.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace VeniceAot.Extensions.DependencyInjection
{
    /// <summary>Builds the <see cref="VeniceClient"/> of one registration from its named options and named HttpClient pipeline.</summary>
    internal static class VeniceClientActivator
    {
        public static VeniceClient Create(IServiceProvider services, string name)
        {
            // Throws OptionsValidationException (naming the key to set) when the options are incomplete.
            VeniceClientOptions configured = services.GetRequiredService<IOptionsMonitor<VeniceClientOptions>>().Get(name);

            var router = new FactoryHandlerRouter(services.GetRequiredService<IHttpMessageHandlerFactory>(), name);
            var http = new HttpClient(router, disposeHandler: true) { Timeout = configured.Timeout };

            // What IHttpClientFactory.CreateClient(name) would do to its client: ConfigureHttpClient actions run last,
            // so an explicit HttpClient setting (Timeout, default headers) wins over the options.
            foreach (Action<HttpClient> action in services.GetRequiredService<IOptionsMonitor<HttpClientFactoryOptions>>().Get(name).HttpClientActions)
            {
                action(http);
            }

            // A copy, so the cached named options are never changed (they stay what the configuration said).
            VeniceClientOptions options = configured.Clone();
            options.HttpClient = http;
            if (router.PipelineRetries())
            {
                // The resilience rule: one retry layer only. The pipeline's retries replace VeniceAot's own.
                options.Retry = new RetryOptions { Enabled = false, MaxAttempts = 1 };
            }

            return new VeniceClient(options);
        }
    }
}
