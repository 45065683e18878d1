using System;
using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;
using VeniceAot;
using VeniceAot.ApiKeys;
using VeniceAot.Audio;
using VeniceAot.Augment;
using VeniceAot.Billing;
using VeniceAot.Characters;
using VeniceAot.Chat;
using VeniceAot.Crypto;
using VeniceAot.Embeddings;
using VeniceAot.Extensions.DependencyInjection;
using VeniceAot.Images;
using VeniceAot.Models;
using VeniceAot.Responses;
using VeniceAot.Video;
using VeniceAot.X402;

namespace Microsoft.Extensions.DependencyInjection
{
    /// <summary>
    /// Registers <see cref="VeniceClient"/> with the container: options from a callback or a configuration section
    /// (named <see cref="VeniceClientOptions"/>), HTTP through an <see cref="System.Net.Http.IHttpClientFactory"/> named
    /// client, and the group clients (<see cref="IModelsApi"/>, <see cref="ChatClient"/>, …) resolved from it.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Lifetimes: <see cref="VeniceClient"/> and the group clients are singletons (one per registration). A
    /// <see cref="VeniceClient"/> keeps state that only works when it lives long: the failure budget that stops
    /// retries before Venice blocks the key (<see cref="VeniceClientOptions.FailureBudgetThreshold"/>). Its
    /// <see cref="System.Net.Http.HttpClient"/> still gets the factory's pipeline on every request (its primary handler asks
    /// <see cref="System.Net.Http.IHttpMessageHandlerFactory"/> for the named client's current handler), so handler rotation
    /// (<c>SetHandlerLifetime</c>), DNS refresh and <c>AddHttpMessageHandler</c> work as with any factory client.
    /// The container disposes the singleton at shutdown; that never disposes a factory handler.
    /// </para>
    /// <para>
    /// Options are read once, when the client is first resolved (a configuration reload does not change a live
    /// client). Missing or invalid values fail that first resolve (and host start-up, through <c>ValidateOnStart</c>)
    /// with an <see cref="OptionsValidationException"/> that names the key to set, never its value.
    /// </para>
    /// <para>
    /// Retries: VeniceAot retries by itself (<see cref="VeniceClientOptions.Retry"/>). When the named client's
    /// pipeline has a retrying handler of its own — <c>AddStandardResilienceHandler</c>, <c>AddResilienceHandler</c>
    /// (Microsoft.Extensions.Http.Resilience) or <c>AddPolicyHandler</c> (Microsoft.Extensions.Http.Polly) — the
    /// built-in retries are switched off for that client (<see cref="RetryOptions.Enabled"/> = false, whatever the
    /// options say), so a failing request is sent exactly as often as the pipeline decides and never multiplied by
    /// two retry layers. For a hand-written retry handler, set <c>Retry:Enabled</c> to false yourself.
    /// </para>
    /// </remarks>
    public static class VeniceServiceCollectionExtensions
    {
        /// <summary>
        /// Registers a singleton <see cref="VeniceClient"/> (and its group clients) configured by <paramref name="configure"/>.
        /// </summary>
        /// <param name="services">The service collection.</param>
        /// <param name="configure">Sets the options (at least <see cref="VeniceClientOptions.ApiKey"/>).</param>
        /// <returns>The builder of the named HttpClient (<see cref="VeniceClientNames.Default"/>), to add handlers or resilience.</returns>
        public static IHttpClientBuilder AddVeniceClient(this IServiceCollection services, Action<VeniceClientOptions> configure)
        {
            ArgumentNullException.ThrowIfNull(configure);
            return Register(services, VeniceClientNames.Default, serviceKey: null, configuration: null, configure);
        }

        /// <summary>
        /// Registers a singleton <see cref="VeniceClient"/> (and its group clients) whose options are read from
        /// <paramref name="configuration"/>: <c>ApiKey</c>, <c>BaseAddress</c>, <c>Timeout</c>, <c>UserAgent</c>,
        /// <c>AllowInsecureHttp</c>, <c>OverallTimeout</c>, <c>MaxResponseBytes</c>, <c>FailureBudgetThreshold</c>, <c>RecordContent</c> and
        /// <c>Retry:Enabled</c>, <c>Retry:MaxAttempts</c>, <c>Retry:BaseDelay</c>, <c>Retry:MaxDelay</c> (time spans as
        /// <c>hh:mm:ss</c>). An unknown key is an error, so a misspelt one is not ignored.
        /// </summary>
        /// <param name="services">The service collection.</param>
        /// <param name="configuration">The section, e.g. <c>builder.Configuration.GetSection("Venice")</c>.</param>
        /// <param name="configure">Optional: runs after the section is read (e.g. to set <see cref="VeniceClientOptions.SignInWithX"/>).</param>
        /// <returns>The builder of the named HttpClient (<see cref="VeniceClientNames.Default"/>), to add handlers or resilience.</returns>
        public static IHttpClientBuilder AddVeniceClient(this IServiceCollection services, IConfiguration configuration, Action<VeniceClientOptions>? configure = null)
        {
            ArgumentNullException.ThrowIfNull(configuration);
            return Register(services, VeniceClientNames.Default, serviceKey: null, configuration, configure);
        }

        /// <summary>
        /// Registers a keyed singleton <see cref="VeniceClient"/> (and keyed group clients) with its own named options
        /// and its own named HttpClient (<see cref="VeniceClientNames.ForKey"/>). Resolve it with
        /// <c>[FromKeyedServices("admin")] VeniceClient</c> or <c>GetRequiredKeyedService&lt;VeniceClient&gt;("admin")</c>.
        /// </summary>
        /// <param name="services">The service collection.</param>
        /// <param name="serviceKey">The service key, e.g. <c>"admin"</c>.</param>
        /// <param name="configure">Sets the options (at least <see cref="VeniceClientOptions.ApiKey"/>).</param>
        /// <returns>The builder of this key's named HttpClient, to add handlers or resilience.</returns>
        public static IHttpClientBuilder AddKeyedVeniceClient(this IServiceCollection services, string serviceKey, Action<VeniceClientOptions> configure)
        {
            ArgumentNullException.ThrowIfNull(configure);
            return Register(services, VeniceClientNames.ForKey(serviceKey), serviceKey, configuration: null, configure);
        }

        /// <summary>
        /// Registers a keyed singleton <see cref="VeniceClient"/> (and keyed group clients) whose options are read from
        /// <paramref name="configuration"/> (the keys of
        /// <see cref="AddVeniceClient(IServiceCollection, IConfiguration, Action{VeniceClientOptions})"/>), with its own
        /// named HttpClient (<see cref="VeniceClientNames.ForKey"/>).
        /// </summary>
        /// <param name="services">The service collection.</param>
        /// <param name="serviceKey">The service key, e.g. <c>"admin"</c>.</param>
        /// <param name="configuration">The section, e.g. <c>builder.Configuration.GetSection("Venice:Admin")</c>.</param>
        /// <param name="configure">Optional: runs after the section is read.</param>
        /// <returns>The builder of this key's named HttpClient, to add handlers or resilience.</returns>
        public static IHttpClientBuilder AddKeyedVeniceClient(this IServiceCollection services, string serviceKey, IConfiguration configuration, Action<VeniceClientOptions>? configure = null)
        {
            ArgumentNullException.ThrowIfNull(configuration);
            return Register(services, VeniceClientNames.ForKey(serviceKey), serviceKey, configuration, configure);
        }

        private static IHttpClientBuilder Register(IServiceCollection services, string name, string? serviceKey, IConfiguration? configuration, Action<VeniceClientOptions>? configure)
        {
            ArgumentNullException.ThrowIfNull(services);
            OptionsBuilder<VeniceClientOptions> options = services.AddOptions<VeniceClientOptions>(name);
            if (configuration is not null)
            {
                options.Configure(o => VeniceConfigurationReader.Read(configuration, o));
            }

            if (configure is not null)
            {
                options.Configure(configure);
            }

            IHttpClientBuilder http = services.AddHttpClient(name);
            string? path = configuration is IConfigurationSection section ? section.Path : configuration is null ? null : string.Empty;
            if (FindValidator(services, name) is { } existing)
            {
                // Registered before (e.g. a second call adding a callback): keep one validator and one pipeline setup.
                existing.ConfigurationPath ??= path;
                return http;
            }

            services.AddSingleton<IValidateOptions<VeniceClientOptions>>(new VeniceClientOptionsValidator(name, path));
            options.ValidateOnStart();

            // No redirects (they would drop or leak credentials), as VeniceAot's own handler. Unlike that one (which leaves
            // gzip/Brotli out to keep Native AOT command-line binaries small), a hosted app asks for compressed answers:
            // large JSON such as the /models listing travels compressed. Replace it with ConfigurePrimaryHttpMessageHandler if you need to.
            http.UseSocketsHttpHandler((handler, _) =>
            {
                handler.AllowAutoRedirect = false;
                handler.AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Brotli;
            });

            // The factory's logging handlers log headers at Trace level: credentials are always redacted.
            services.PostConfigure<HttpClientFactoryOptions>(name, factoryOptions =>
            {
                Func<string, bool> previous = factoryOptions.ShouldRedactHeaderValue;
                factoryOptions.ShouldRedactHeaderValue = header =>
                    header.Equals("Authorization", StringComparison.OrdinalIgnoreCase)
                    || header.Equals("SIGN-IN-WITH-X", StringComparison.OrdinalIgnoreCase)
                    || previous(header);
            });

            if (serviceKey is null)
            {
                services.TryAddSingleton(sp => VeniceClientActivator.Create(sp, name));
            }
            else
            {
                services.TryAddKeyedSingleton(serviceKey, (sp, _) => VeniceClientActivator.Create(sp, name));
            }

            RegisterGroups(services, serviceKey);

            return http;
        }

        private static VeniceClientOptionsValidator? FindValidator(IServiceCollection services, string name)
        {
            foreach (ServiceDescriptor descriptor in services)
            {
                if (!descriptor.IsKeyedService
                    && descriptor.ServiceType == typeof(IValidateOptions<VeniceClientOptions>)
                    && descriptor.ImplementationInstance is VeniceClientOptionsValidator validator
                    && validator.Name == name)
                {
                    return validator;
                }
            }

            return null;
        }

        /// <summary>Each group client of the registration's <see cref="VeniceClient"/>, keyed like the client itself.</summary>
        private static void RegisterGroups(IServiceCollection services, string? serviceKey)
        {
            RegisterGroup(services, serviceKey, static client => client.ApiKeys);
            RegisterGroup(services, serviceKey, static client => client.Models);
            RegisterGroup(services, serviceKey, static client => client.Embeddings);
            RegisterGroup(services, serviceKey, static client => client.Responses);
            RegisterGroup(services, serviceKey, static client => client.Chat);
            RegisterGroup(services, serviceKey, static client => client.Audio);
            RegisterGroup(services, serviceKey, static client => client.Video);
            RegisterGroup(services, serviceKey, static client => client.Images);
            RegisterGroup(services, serviceKey, static client => client.Billing);
            RegisterGroup(services, serviceKey, static client => client.Characters);
            RegisterGroup(services, serviceKey, static client => client.CryptoRpc);
            RegisterGroup(services, serviceKey, static client => client.X402);
            RegisterGroup(services, serviceKey, static client => client.Augment);
        }

        private static void RegisterGroup<TGroup>(IServiceCollection services, string? serviceKey, Func<VeniceClient, TGroup> group)
            where TGroup : class
        {
            if (serviceKey is null)
            {
                services.TryAddSingleton(sp => group(sp.GetRequiredService<VeniceClient>()));
            }
            else
            {
                services.TryAddKeyedSingleton(serviceKey, (sp, key) => group(sp.GetRequiredKeyedService<VeniceClient>(key)));
            }
        }
    }
}
