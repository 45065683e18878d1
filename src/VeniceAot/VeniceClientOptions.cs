using System;
using System.Net.Http;

namespace VeniceAot
{
    /// <summary>Settings for <see cref="VeniceClient"/>. The API key never appears in <see cref="ToString"/>.</summary>
    public sealed class VeniceClientOptions
    {
        /// <summary>Venice's production API.</summary>
        public static readonly Uri DefaultBaseAddress = new("https://api.venice.ai/api/v1");

        /// <summary>The API key sent as <c>Authorization: Bearer …</c>; null sends no credentials (public endpoints only).</summary>
        public string? ApiKey { get; set; }

        /// <summary>The API's base address; defaults to <see cref="DefaultBaseAddress"/>.</summary>
        public Uri BaseAddress { get; set; } = DefaultBaseAddress;

        /// <summary>
        /// How long one request may take to return its response headers (bodies and streams are read after
        /// that). Applies to the <see cref="HttpClient"/> VeniceAot creates; a caller-supplied client keeps its own.
        /// </summary>
        public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(100);

        /// <summary>The <c>User-Agent</c> header.</summary>
        public string UserAgent { get; set; } = "VeniceAot/0.1";

        /// <summary>An <see cref="System.Net.Http.HttpClient"/> to send through (not disposed by VeniceAot); null creates one.</summary>
        public HttpClient? HttpClient { get; set; }

        /// <summary>
        /// Allows sending the API key over plain HTTP to a host that is not loopback. Off by default: the key
        /// would travel in clear text.
        /// </summary>
        public bool AllowInsecureHttp { get; set; }

        /// <inheritdoc/>
        public override string ToString() =>
            $"VeniceClientOptions {{ BaseAddress = {BaseAddress}, ApiKey = {(string.IsNullOrEmpty(ApiKey) ? "(none)" : "(set)")}, Timeout = {Timeout}, UserAgent = {UserAgent} }}";
    }
}
