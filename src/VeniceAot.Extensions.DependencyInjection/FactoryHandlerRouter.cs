using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace VeniceAot.Extensions.DependencyInjection
{
    /// <summary>
    /// The primary handler of the long-lived <see cref="HttpClient"/> a registered <see cref="VeniceClient"/> keeps.
    /// Every request asks <see cref="IHttpMessageHandlerFactory"/> for the named pipeline's current handler, so the
    /// factory's handler rotation (<c>SetHandlerLifetime</c>, DNS refresh), its cleanup of expired handlers and every
    /// handler added with <c>AddHttpMessageHandler</c> apply exactly as for a client from
    /// <see cref="IHttpClientFactory.CreateClient(string)"/>, although the <see cref="VeniceClient"/> itself is a
    /// singleton. It owns nothing: the factory's handlers are never disposed here.
    /// </summary>
    internal sealed class FactoryHandlerRouter(IHttpMessageHandlerFactory factory, string name) : HttpMessageHandler
    {
        private Current? _current;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Invoker().SendAsync(request, cancellationToken);

        protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Invoker().Send(request, cancellationToken);

        /// <summary>
        /// The invoker for the factory's current handler. The factory returns the same handler object until that
        /// handler's lifetime ends, so the invoker is reused; a rotated handler gets a new one and the old handler is
        /// released for the factory to dispose once in-flight requests finish.
        /// </summary>
        private HttpMessageInvoker Invoker()
        {
            HttpMessageHandler handler = factory.CreateHandler(name);
            Current? current = Volatile.Read(ref _current);
            if (current is null || !ReferenceEquals(current.Handler, handler))
            {
                current = new Current(handler, new HttpMessageInvoker(handler, disposeHandler: false));
                Volatile.Write(ref _current, current);
            }

            return current.Invoker;
        }

        /// <summary>
        /// Whether the named pipeline retries by itself: a <c>Microsoft.Extensions.Http.Resilience.ResilienceHandler</c>
        /// (<c>AddResilienceHandler</c>, <c>AddStandardResilienceHandler</c>, hedging) or a Polly
        /// <c>PolicyHttpMessageHandler</c> (<c>AddPolicyHandler</c>, <c>AddTransientHttpErrorPolicy</c>). Told by type
        /// name so this package needs neither package.
        /// </summary>
        public bool PipelineRetries()
        {
            for (HttpMessageHandler? handler = factory.CreateHandler(name); handler is not null; handler = (handler as DelegatingHandler)?.InnerHandler)
            {
                for (Type? type = handler.GetType(); type is not null && type != typeof(DelegatingHandler); type = type.BaseType)
                {
                    if (type.FullName is "Microsoft.Extensions.Http.Resilience.ResilienceHandler" or "Microsoft.Extensions.Http.PolicyHttpMessageHandler")
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        private sealed record Current(HttpMessageHandler Handler, HttpMessageInvoker Invoker);
    }
}
