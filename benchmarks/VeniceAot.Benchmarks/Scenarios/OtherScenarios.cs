using System.Globalization;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using VeniceAot.ApiKeys;
using VeniceAot.Embeddings;
using VeniceAot.Models;
using OpenAIEmbeddings = OpenAI.Embeddings;

namespace VeniceAot.Benchmarks.Scenarios
{
    /// <summary><c>DELETE /api_keys?id=…</c> answered with <c>{"success":true}</c>: the smallest call, so per-call overhead dominates.</summary>
    public class DeleteKey : Scenario
    {
        public override string Expected => "success=True";

        public override void Setup()
        {
            Handler = new CannedHandler(Fixtures.DeleteResponse, "application/json");
            Peers = new Peers.PeerSet(Handler, Fixtures.InMemoryBase);
        }

        public override string Describe(object? result) => result is DeleteApiKeyResponse r ? $"success={r.Success}" : "unexpected";

        [Benchmark(Baseline = true)]
        public Task<DeleteApiKeyResponse> Floor() => Peers.Floor.DeleteKeyAsync(Fixtures.KeyId);

        [Benchmark]
        public Task<DeleteApiKeyResponse> VeniceAot() => Peers.Venice.ApiKeys.DeleteAsync(Fixtures.KeyId);

        [Benchmark]
        public Task<DeleteApiKeyResponse> Refit() => Peers.Refit.DeleteKeyAsync(Fixtures.KeyId);
    }

    /// <summary><c>GET /models</c> with Venice's real 328-model listing (about 136 KB): parsing dominates.</summary>
    public class ListModels : Scenario
    {
        public override string Expected { get; } = Describe(System.Text.Json.JsonSerializer.Deserialize(Fixtures.ModelsResponse, global::VeniceAot.Models.ModelsJsonContext.Default.ModelList));

        public override void Setup()
        {
            Handler = new CannedHandler(Fixtures.ModelsResponse, "application/json");
            Peers = new Peers.PeerSet(Handler, Fixtures.InMemoryBase);
        }

        public override string Describe(object? result) => Describe(result as ModelList);

        [Benchmark(Baseline = true)]
        public Task<ModelList> Floor() => Peers.Floor.ListModelsAsync();

        [Benchmark]
        public Task<ModelList> VeniceAot() => Peers.Venice.Models.ListAsync();

        [Benchmark]
        public Task<ModelList> Refit() => Peers.Refit.ListModelsAsync();

        private static string Describe(ModelList? list) =>
            list is null ? "unexpected" : $"{list.Data.Count} models, first {list.Data[0].Id}, last {list.Data[^1].Id}";
    }

    /// <summary><c>POST /embeddings</c> answered with one 1536-float vector.</summary>
    public class Embed : Scenario
    {
        public override string Expected => Describe(Fixtures.EmbeddingVector.Length, Fixtures.EmbeddingVector[0], Fixtures.EmbeddingVector[^1]);

        public override void Setup()
        {
            Handler = new CannedHandler(Fixtures.EmbeddingResponse, "application/json");
            Peers = new Peers.PeerSet(Handler, Fixtures.InMemoryBase);
        }

        public override string Describe(object? result) => result switch
        {
            EmbeddingResponse r => Describe(r.Data[0].Embedding.Length, r.Data[0].Embedding.Span[0], r.Data[0].Embedding.Span[^1]),
            OpenAIEmbeddings.OpenAIEmbedding o => Describe(o.ToFloats().Length, o.ToFloats().Span[0], o.ToFloats().Span[^1]),
            _ => "unexpected",
        };

        [Benchmark(Baseline = true)]
        public Task<EmbeddingResponse> Floor() => Peers.Floor.EmbedAsync(Fixtures.EmbeddingRequest);

        [Benchmark]
        public Task<EmbeddingResponse> VeniceAot() => Peers.Venice.Embeddings.CreateAsync(Fixtures.EmbeddingRequest);

        [Benchmark]
        public Task<EmbeddingResponse> Refit() => Peers.Refit.EmbedAsync(Fixtures.EmbeddingRequest);

        [Benchmark]
        public async Task<OpenAIEmbeddings.OpenAIEmbedding> OpenAI() =>
            (await Peers.OpenAIEmbeddings.GenerateEmbeddingAsync(Fixtures.EmbeddingInputText).ConfigureAwait(false)).Value;

        private static string Describe(int length, float first, float last) =>
            string.Create(CultureInfo.InvariantCulture, $"{length} floats, first {first:R}, last {last:R}");
    }
}
