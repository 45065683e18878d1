using System;

namespace VeniceAot.Extensions.DependencyInjection
{
    /// <summary>
    /// The names under which a registration keeps its named <see cref="VeniceClientOptions"/> and its named
    /// <see cref="System.Net.Http.HttpClient"/> pipeline (one name for both). Use them with
    /// <c>services.Configure&lt;VeniceClientOptions&gt;(name, …)</c>, <c>IOptionsMonitor&lt;VeniceClientOptions&gt;.Get(name)</c>
    /// or <c>services.AddHttpClient(name)</c>.
    /// </summary>
    public static class VeniceClientNames
    {
        /// <summary>The name of the registration made by <c>AddVeniceClient</c> (not keyed).</summary>
        public const string Default = "VeniceAot";

        /// <summary>The name of the registration made by <c>AddKeyedVeniceClient(serviceKey, …)</c>.</summary>
        /// <param name="serviceKey">The service key.</param>
        /// <returns><c>VeniceAot:</c> followed by <paramref name="serviceKey"/>.</returns>
        public static string ForKey(string serviceKey)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(serviceKey);
            return Default + ":" + serviceKey;
        }
    }
}
