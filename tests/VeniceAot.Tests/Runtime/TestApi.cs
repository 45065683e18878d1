using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using VeniceAot.Http;

namespace VeniceAot.Tests.Runtime
{
    public enum SortOrder
    {
        Asc,
        Desc,
    }

    public sealed class Echo
    {
        [JsonPropertyName("text")]
        public string? Text { get; set; }

        [JsonPropertyName("n")]
        public int? Number { get; set; }
    }

    /// <summary>A test API that uses every binding and return shape the generator supports.</summary>
    [VeniceApi(typeof(TestJsonContext))]
    public interface ITestApi
    {
        [Get("/items/{category}/{id}")]
        Task<Echo> GetItemAsync(
            string category,
            long id,
            [Query] string? search,
            [Query("tag")] IReadOnlyList<string>? tags,
            [Query] int? limit,
            [Query] double ratio,
            [Query("adult")] bool? isAdult,
            [Query] DateTimeOffset? since,
            [Query] SortOrder? order,
            [Header("X-Trace")] string? trace,
            CancellationToken cancellationToken = default);

        [Post("/echo")]
        Task<ApiResponse<Echo>> EchoWithMetadataAsync([Body] Echo body, CancellationToken cancellationToken = default);

        [Delete("/things/{name}")]
        Task DeleteThingAsync([Path("name")] string thing, CancellationToken cancellationToken = default);

        [Get("/files/{name}")]
        Task<BinaryResponse> DownloadAsync(string name, CancellationToken cancellationToken = default);

        [Post("/upload")]
        Task<MediaResponse<Echo>> UploadAsync([Body] System.Net.Http.HttpContent content, CancellationToken cancellationToken = default);

        [Post("/stream")]
        IAsyncEnumerable<Echo> StreamAsync([Body] Echo body, CancellationToken cancellationToken = default);
    }

    [JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(Echo))]
    public sealed partial class TestJsonContext : JsonSerializerContext;
}
