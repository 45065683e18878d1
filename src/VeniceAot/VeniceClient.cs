using System;
using VeniceAot.ApiKeys;
using VeniceAot.Audio;
using VeniceAot.Augment;
using VeniceAot.Billing;
using VeniceAot.Characters;
using VeniceAot.Chat;
using VeniceAot.Crypto;
using VeniceAot.Embeddings;
using VeniceAot.Http;
using VeniceAot.Images;
using VeniceAot.Models;
using VeniceAot.Responses;
using VeniceAot.Video;
using VeniceAot.X402;

namespace VeniceAot
{
    /// <summary>
    /// The Venice API, one property per group. Thread-safe; create one and reuse it. Groups are created on
    /// first use, so an app pays only for the groups it touches.
    /// </summary>
    public sealed class VeniceClient : IDisposable
    {
        /// <summary>Creates a client for the production API with <paramref name="apiKey"/>.</summary>
        /// <param name="apiKey">A Venice API key.</param>
        public VeniceClient(string apiKey)
            : this(new VeniceClientOptions { ApiKey = apiKey })
        {
        }

        /// <summary>Creates a client from <paramref name="options"/>.</summary>
        /// <param name="options">Key, base address, timeout, user agent, optional HttpClient.</param>
        public VeniceClient(VeniceClientOptions options)
        {
            Connection = new ApiConnection(options);
        }

        /// <summary>The connection generated clients send through; pass it to your own [VeniceApi] clients.</summary>
        public ApiConnection Connection { get; }

        /// <summary>API keys, rate limits and Web3 keys.</summary>
        public IApiKeysApi ApiKeys => field ??= new ApiKeysApiClient(Connection);

        /// <summary>The model listing, traits and compatibility mapping.</summary>
        public IModelsApi Models => field ??= new ModelsApiClient(Connection);

        /// <summary>Text embeddings.</summary>
        public IEmbeddingsApi Embeddings => field ??= new EmbeddingsApiClient(Connection);

        /// <summary>The Responses API (alpha): create and stream OpenAI Responses-style responses.</summary>
        public IResponsesApi Responses => field ??= new ResponsesApi(Connection);

        /// <summary>Chat completions, streamed or not (<c>POST /chat/completions</c>).</summary>
        public ChatClient Chat => field ??= new ChatClient(Connection);

        /// <summary>Speech (whole or streamed), transcription, voice cloning and audio/music jobs.</summary>
        public AudioClient Audio => field ??= new AudioClient(Connection);

        /// <summary>Video jobs (quote, queue, retrieve, complete, or all at once) and video transcription.</summary>
        public VideoClient Video => field ??= new VideoClient(Connection);

        /// <summary>Image generation, styles, upscaling, editing and background removal (JSON or multipart uploads).</summary>
        public ImagesClient Images => field ??= new ImagesClient(Connection);

        /// <summary>Balance, usage analytics and usage history (JSON or CSV); needs an ADMIN key.</summary>
        public BillingClient Billing => field ??= new BillingClient(Connection);

        /// <summary>Public characters (preview): listing, details and reviews.</summary>
        public CharactersClient Characters => field ??= new CharactersClient(Connection);

        /// <summary>The crypto JSON-RPC proxy: supported networks, single and batch calls.</summary>
        public CryptoRpcClient CryptoRpc => field ??= new CryptoRpcClient(Connection);

        /// <summary>x402 wallet credits: balance, transactions and top-up (wallet calls use <see cref="VeniceClientOptions.SignInWithX"/>).</summary>
        public X402Client X402 => field ??= new X402Client(Connection);

        /// <summary>Document text extraction, web scraping and web search.</summary>
        public AugmentClient Augment => field ??= new AugmentClient(Connection);

        /// <inheritdoc/>
        public void Dispose() => Connection.Dispose();
    }
}
