using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using VeniceAot.Audio;
using VeniceAot.Http;

namespace VeniceAot.Extensions.AI
{
    /// <summary>
    /// An <see cref="ISpeechToTextClient"/> over Venice's <c>POST /audio/transcriptions</c> (experimental, like the interface:
    /// diagnostic MEAI001). The stream is uploaded as is (not buffered) under a file name whose extension tells Venice the format:
    /// <see cref="VeniceAIProperties.FileName"/>, else a <see cref="FileStream"/>'s own name, else <c>audio.wav</c>.
    /// <see cref="SpeechToTextOptions.SpeechLanguage"/> is the <c>language</c> hint; the audio duration becomes
    /// <see cref="SpeechToTextResponse.EndTime"/>. Venice does not stream transcripts, so <see cref="GetStreamingTextAsync"/> yields
    /// the finished transcript as updates. A <see cref="TranscriptionRequest"/> from
    /// <see cref="SpeechToTextOptions.RawRepresentationFactory"/> supplies the settings it has set.
    /// </summary>
    [Experimental(Experimental.DiagnosticId, UrlFormat = Experimental.UrlFormat)]
    public sealed class VeniceSpeechToTextClient : ISpeechToTextClient
    {
        private readonly VeniceClient _client;
        private readonly SpeechToTextClientMetadata _metadata;

        /// <summary>Creates the client.</summary>
        /// <param name="client">The Venice client (not disposed by the adapter).</param>
        /// <param name="defaultModelId">The model used when <see cref="SpeechToTextOptions.ModelId"/> is not set; null leaves it to Venice.</param>
        public VeniceSpeechToTextClient(VeniceClient client, string? defaultModelId = null)
        {
            ArgumentNullException.ThrowIfNull(client);
            _client = client;
            DefaultModelId = defaultModelId;
            _metadata = new SpeechToTextClientMetadata(VeniceChatClient.ProviderName, new Uri(client.Connection.BaseAddress), defaultModelId);
        }

        /// <summary>The model used when <see cref="SpeechToTextOptions.ModelId"/> is not set.</summary>
        public string? DefaultModelId { get; }

        /// <inheritdoc/>
        public async Task<SpeechToTextResponse> GetTextAsync(Stream audioSpeechStream, SpeechToTextOptions? options = null, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(audioSpeechStream);
            TranscriptionRequest raw = options?.RawRepresentationFactory?.Invoke(this) as TranscriptionRequest ?? new TranscriptionRequest();
            string? model = options?.ModelId ?? raw.Model?.Value ?? DefaultModelId;
            TranscriptionRequest request = raw with
            {
                Model = model is null ? null : TranscriptionModel.FromValue(model),
                Language = raw.Language ?? options?.SpeechLanguage,
                Timestamps = raw.Timestamps ?? OptionValues.Bool(options?.AdditionalProperties, VeniceAIProperties.Timestamps),
            };
            string fileName = OptionValues.String(options?.AdditionalProperties, VeniceAIProperties.FileName)
                ?? (audioSpeechStream is FileStream file ? Path.GetFileName(file.Name) : "audio.wav");

            MediaResponse<TranscriptionResponse> answer = await _client.Audio.TranscribeAsync(MediaUpload.FromStream(audioSpeechStream, fileName), request, cancellationToken).ConfigureAwait(false);
            await using (answer.ConfigureAwait(false))
            {
                string text = await answer.ReadTextAsync(cancellationToken).ConfigureAwait(false);
                var response = new SpeechToTextResponse(text)
                {
                    ModelId = model,
                    RawRepresentation = (object?)answer.Value ?? text,
                };
                if (answer.Value?.Duration is double seconds)
                {
                    response.StartTime = TimeSpan.Zero;
                    response.EndTime = TimeSpan.FromSeconds(seconds);
                }

                return response;
            }
        }

        /// <inheritdoc/>
        public async IAsyncEnumerable<SpeechToTextResponseUpdate> GetStreamingTextAsync(
            Stream audioSpeechStream,
            SpeechToTextOptions? options = null,
            [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            SpeechToTextResponse response = await GetTextAsync(audioSpeechStream, options, cancellationToken).ConfigureAwait(false);
            foreach (SpeechToTextResponseUpdate update in response.ToSpeechToTextResponseUpdates())
            {
                yield return update;
            }
        }

        /// <inheritdoc/>
        public object? GetService(Type serviceType, object? serviceKey = null)
        {
            ArgumentNullException.ThrowIfNull(serviceType);
            if (serviceKey is not null)
            {
                return null;
            }

            if (serviceType == typeof(SpeechToTextClientMetadata))
            {
                return _metadata;
            }

            if (serviceType == typeof(VeniceClient))
            {
                return _client;
            }

            if (serviceType == typeof(AudioClient))
            {
                return _client.Audio;
            }

            return serviceType.IsInstanceOfType(this) ? this : null;
        }

        /// <summary>Does nothing: the underlying <see cref="VeniceClient"/> belongs to the caller.</summary>
        public void Dispose()
        {
        }
    }
}
