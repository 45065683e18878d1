using System;
using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.AI;

namespace VeniceAot.Extensions.AI
{
    public static partial class VeniceClientExtensions
    {
        /// <summary>An <see cref="IImageGenerator"/> over <c>POST /image/generate</c> and <c>POST /image/edit</c> (experimental: MEAI001).</summary>
        /// <param name="client">The Venice client.</param>
        /// <param name="defaultModelId">The generation model used when <see cref="ImageGenerationOptions.ModelId"/> is not set (e.g. <c>venice-sd35</c>).</param>
        /// <returns>The image generator.</returns>
        [Experimental(Experimental.DiagnosticId, UrlFormat = Experimental.UrlFormat)]
        public static IImageGenerator AsIImageGenerator(this VeniceClient client, string? defaultModelId = null)
        {
            ArgumentNullException.ThrowIfNull(client);
            return new VeniceImageGenerator(client, defaultModelId);
        }

        /// <summary>An <see cref="ISpeechToTextClient"/> over <c>POST /audio/transcriptions</c> (experimental: MEAI001).</summary>
        /// <param name="client">The Venice client.</param>
        /// <param name="defaultModelId">The model used when <see cref="SpeechToTextOptions.ModelId"/> is not set; null leaves it to Venice.</param>
        /// <returns>The speech-to-text client.</returns>
        [Experimental(Experimental.DiagnosticId, UrlFormat = Experimental.UrlFormat)]
        public static ISpeechToTextClient AsISpeechToTextClient(this VeniceClient client, string? defaultModelId = null)
        {
            ArgumentNullException.ThrowIfNull(client);
            return new VeniceSpeechToTextClient(client, defaultModelId);
        }

        /// <summary>An <see cref="ITextToSpeechClient"/> over <c>POST /audio/speech</c> (experimental: MEAI001).</summary>
        /// <param name="client">The Venice client.</param>
        /// <param name="defaultModelId">The model used when <see cref="TextToSpeechOptions.ModelId"/> is not set; null leaves it to Venice.</param>
        /// <returns>The text-to-speech client.</returns>
        [Experimental(Experimental.DiagnosticId, UrlFormat = Experimental.UrlFormat)]
        public static ITextToSpeechClient AsITextToSpeechClient(this VeniceClient client, string? defaultModelId = null)
        {
            ArgumentNullException.ThrowIfNull(client);
            return new VeniceTextToSpeechClient(client, defaultModelId);
        }
    }
}
