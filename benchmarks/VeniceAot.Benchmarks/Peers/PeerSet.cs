using System;
using System.ClientModel;
using System.ClientModel.Primitives;
using System.Collections.Generic;
using System.Net.Http;
using OpenAI;
using Refit;
using VeniceAot.Json;
using OpenAIChat = OpenAI.Chat;
using OpenAIEmbeddings = OpenAI.Embeddings;

namespace VeniceAot.Benchmarks.Peers
{
    /// <summary>
    /// The four peers over one transport (<paramref name="handler"/>), each configured the way its users would for this
    /// job, at its best. Each gets its own <see cref="HttpClient"/> over the shared handler (the handler is not disposed
    /// by them).
    /// </summary>
    public sealed class PeerSet : IDisposable
    {
        private readonly List<HttpClient> _clients = [];

        public PeerSet(HttpMessageHandler handler, Uri baseAddress)
        {
            // 1. VeniceAot, as users call it: a VeniceClient with their key; the HttpClient is supplied only to share the transport.
            Venice = new VeniceClient(new VeniceClientOptions
            {
                ApiKey = Fixtures.ApiKey,
                BaseAddress = baseAddress,
                HttpClient = Track(new HttpClient(handler, disposeHandler: false)),
            });

            // 2. Refit 16 on its source-generated path with System.Text.Json over the same generated context and buffered
            //    bodies (Content-Length and the serializer's fast path): Refit at its best. Key and user agent ride as
            //    default headers, the cheapest way Refit allows.
            HttpClient refitHttp = Track(new HttpClient(handler, disposeHandler: false) { BaseAddress = baseAddress });
            AddDefaultHeaders(refitHttp);
            RefitSettings settings = RefitSettings.ForJsonContext(RefitJsonContext.Default);
            settings.RequestBodySerialization = RequestBodySerializationMode.Buffered;
            Refit = RestService.ForGenerated<IRefitVenice>(refitHttp, settings);

            // 3. The OpenAI .NET SDK pointed at the same base address through an HttpClient over the same handler.
            var openAIOptions = new OpenAIClientOptions
            {
                Endpoint = baseAddress,
                Transport = new HttpClientPipelineTransport(Track(new HttpClient(handler, disposeHandler: false))),
            };
            OpenAIChat = new OpenAIChat.ChatClient(Fixtures.ChatModel, new ApiKeyCredential(Fixtures.ApiKey), openAIOptions);
            OpenAIEmbeddings = new OpenAIEmbeddings.EmbeddingClient(Fixtures.EmbeddingModelId, new ApiKeyCredential(Fixtures.ApiKey), openAIOptions);

            // 4. The floor: hand-written HttpClient code.
            HttpClient floorHttp = Track(new HttpClient(handler, disposeHandler: false));
            AddDefaultHeaders(floorHttp);
            Floor = new FloorClient(floorHttp, baseAddress);
        }

        public VeniceClient Venice { get; }

        public IRefitVenice Refit { get; }

        public OpenAIChat.ChatClient OpenAIChat { get; }

        public OpenAIEmbeddings.EmbeddingClient OpenAIEmbeddings { get; }

        public FloorClient Floor { get; }

        public void Dispose()
        {
            Venice.Dispose();
            foreach (HttpClient client in _clients)
            {
                client.Dispose();
            }
        }

        private static void AddDefaultHeaders(HttpClient http)
        {
            http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer " + Fixtures.ApiKey);
            http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", Fixtures.UserAgent);
        }

        private HttpClient Track(HttpClient client)
        {
            _clients.Add(client);
            return client;
        }
    }
}
