using System;
using Microsoft.Extensions.AI;
using VeniceAot.Chat;

namespace VeniceAot.Extensions.AI
{
    /// <summary>
    /// Microsoft.Extensions.AI views of a <see cref="VeniceClient"/>, named like MEAI's own <c>AsIChatClient</c>:
    /// <c>venice.AsIChatClient("venice-uncensored")</c>, <c>venice.AsIEmbeddingGenerator("text-embedding-bge-m3")</c>, and the
    /// experimental (MEAI001) <c>AsIImageGenerator</c>, <c>AsISpeechToTextClient</c>, <c>AsITextToSpeechClient</c>. The adapters do
    /// not own the client: dispose the <see cref="VeniceClient"/> yourself.
    /// </summary>
    public static partial class VeniceClientExtensions
    {
        /// <summary>An <see cref="IChatClient"/> over <c>POST /chat/completions</c>.</summary>
        /// <param name="client">The Venice client.</param>
        /// <param name="defaultModelId">The model used when <see cref="ChatOptions.ModelId"/> is not set (e.g. <c>venice-uncensored</c>).</param>
        /// <returns>The chat client.</returns>
        public static IChatClient AsIChatClient(this VeniceClient client, string? defaultModelId = null)
        {
            ArgumentNullException.ThrowIfNull(client);
            return new VeniceChatClient(client, defaultModelId);
        }

        /// <summary>An <see cref="IChatClient"/> over a <see cref="ChatClient"/>.</summary>
        /// <param name="chat">The chat group.</param>
        /// <param name="defaultModelId">The model used when <see cref="ChatOptions.ModelId"/> is not set.</param>
        /// <returns>The chat client.</returns>
        public static IChatClient AsIChatClient(this ChatClient chat, string? defaultModelId = null)
        {
            ArgumentNullException.ThrowIfNull(chat);
            return new VeniceChatClient(chat, null, defaultModelId);
        }

        /// <summary>An <see cref="IEmbeddingGenerator{TInput, TEmbedding}"/> over <c>POST /embeddings</c>.</summary>
        /// <param name="client">The Venice client.</param>
        /// <param name="defaultModelId">The model used when <see cref="EmbeddingGenerationOptions.ModelId"/> is not set (e.g. <c>text-embedding-bge-m3</c>).</param>
        /// <param name="defaultDimensions">The dimensions requested when <see cref="EmbeddingGenerationOptions.Dimensions"/> is not set; null lets the model decide.</param>
        /// <returns>The embedding generator.</returns>
        public static IEmbeddingGenerator<string, Embedding<float>> AsIEmbeddingGenerator(this VeniceClient client, string? defaultModelId = null, int? defaultDimensions = null)
        {
            ArgumentNullException.ThrowIfNull(client);
            return new VeniceEmbeddingGenerator(client, defaultModelId, defaultDimensions);
        }
    }
}
