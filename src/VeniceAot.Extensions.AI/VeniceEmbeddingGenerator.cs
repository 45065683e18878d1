using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using VeniceAot.Embeddings;

namespace VeniceAot.Extensions.AI
{
    /// <summary>
    /// An <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> over Venice's <c>POST /embeddings</c>. Create it with
    /// <see cref="VeniceClientExtensions.AsIEmbeddingGenerator"/>. All values go in one request (Venice takes up to 2048);
    /// the vectors come back in input order with the token usage. An <see cref="EmbeddingRequest"/> returned by
    /// <see cref="EmbeddingGenerationOptions.RawRepresentationFactory"/> supplies the settings it has set (its input is replaced
    /// by the values). <see cref="VeniceAIProperties.EncodingFormat"/> and <see cref="VeniceAIProperties.User"/> are read from
    /// <see cref="EmbeddingGenerationOptions.AdditionalProperties"/>.
    /// </summary>
    public sealed class VeniceEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
    {
        private readonly VeniceClient _client;
        private readonly EmbeddingGeneratorMetadata _metadata;

        /// <summary>Creates the generator.</summary>
        /// <param name="client">The Venice client (not disposed by the generator).</param>
        /// <param name="defaultModelId">The model used when <see cref="EmbeddingGenerationOptions.ModelId"/> is not set.</param>
        /// <param name="defaultDimensions">The dimensions requested when <see cref="EmbeddingGenerationOptions.Dimensions"/> is not set.</param>
        public VeniceEmbeddingGenerator(VeniceClient client, string? defaultModelId = null, int? defaultDimensions = null)
        {
            ArgumentNullException.ThrowIfNull(client);
            _client = client;
            DefaultModelId = defaultModelId;
            DefaultDimensions = defaultDimensions;
            _metadata = new EmbeddingGeneratorMetadata(VeniceChatClient.ProviderName, new Uri(client.Connection.BaseAddress), defaultModelId, defaultDimensions);
        }

        /// <summary>The model used when <see cref="EmbeddingGenerationOptions.ModelId"/> is not set.</summary>
        public string? DefaultModelId { get; }

        /// <summary>The dimensions requested when <see cref="EmbeddingGenerationOptions.Dimensions"/> is not set.</summary>
        public int? DefaultDimensions { get; }

        /// <inheritdoc/>
        public async Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(values);
            EmbeddingRequest? raw = options?.RawRepresentationFactory?.Invoke(this) as EmbeddingRequest;
            string? model = options?.ModelId ?? (raw is { Model.Value: { Length: > 0 } rawModel } ? rawModel : DefaultModelId);
            if (string.IsNullOrEmpty(model))
            {
                throw new InvalidOperationException("No model id: set EmbeddingGenerationOptions.ModelId or pass a default model to AsIEmbeddingGenerator.");
            }

            string? format = OptionValues.String(options?.AdditionalProperties, VeniceAIProperties.EncodingFormat);
            var request = new EmbeddingRequest
            {
                Input = EmbeddingInput.FromTexts(values),
                Model = model,
                Dimensions = raw?.Dimensions ?? options?.Dimensions ?? DefaultDimensions,
                EncodingFormat = raw?.EncodingFormat ?? (format is null ? null : EmbeddingEncodingFormat.FromValue(format)),
                User = raw?.User ?? OptionValues.String(options?.AdditionalProperties, VeniceAIProperties.User),
            };

            EmbeddingResponse response = await _client.Embeddings.CreateAsync(request, cancellationToken).ConfigureAwait(false);
            var embeddings = new GeneratedEmbeddings<Embedding<float>>(response.Data.Count);
            foreach (EmbeddingData data in response.Data.OrderBy(d => d.Index))
            {
                embeddings.Add(new Embedding<float>(data.Embedding) { ModelId = response.Model ?? model });
            }

            if (response.Usage is { } usage)
            {
                embeddings.Usage = new UsageDetails { InputTokenCount = usage.PromptTokens, TotalTokenCount = usage.TotalTokens };
            }

            return embeddings;
        }

        /// <inheritdoc/>
        public object? GetService(Type serviceType, object? serviceKey = null)
        {
            ArgumentNullException.ThrowIfNull(serviceType);
            if (serviceKey is not null)
            {
                return null;
            }

            if (serviceType == typeof(EmbeddingGeneratorMetadata))
            {
                return _metadata;
            }

            if (serviceType == typeof(VeniceClient))
            {
                return _client;
            }

            if (serviceType == typeof(IEmbeddingsApi))
            {
                return _client.Embeddings;
            }

            return serviceType.IsInstanceOfType(this) ? this : null;
        }

        /// <summary>Does nothing: the underlying <see cref="VeniceClient"/> belongs to the caller.</summary>
        public void Dispose()
        {
        }
    }
}
