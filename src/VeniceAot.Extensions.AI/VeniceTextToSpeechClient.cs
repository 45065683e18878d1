using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using VeniceAot.Audio;
using VeniceAot.Http;

namespace VeniceAot.Extensions.AI
{
    /// <summary>
    /// An <see cref="ITextToSpeechClient"/> over Venice's <c>POST /audio/speech</c> (experimental, like the interface: diagnostic
    /// MEAI001). <see cref="TextToSpeechOptions.VoiceId"/> is the <c>voice</c>, <see cref="TextToSpeechOptions.AudioFormat"/>
    /// (<c>mp3</c> or a media type such as <c>audio/mpeg</c>) the <c>response_format</c>, <see cref="TextToSpeechOptions.Speed"/>
    /// the <c>speed</c>, <see cref="TextToSpeechOptions.Language"/> the <c>language</c>; <see cref="VeniceAIProperties.Prompt"/>,
    /// <see cref="VeniceAIProperties.Temperature"/> and <see cref="VeniceAIProperties.TopP"/> come from the additional properties.
    /// Pitch and volume have no Venice counterpart and are ignored. The audio comes back as <see cref="DataContent"/> with the
    /// response's media type; <see cref="GetStreamingAudioAsync"/> asks Venice to stream and yields each piece as it arrives.
    /// A <see cref="SpeechRequest"/> from <see cref="TextToSpeechOptions.RawRepresentationFactory"/> supplies the settings it has set.
    /// </summary>
    [Experimental(Experimental.DiagnosticId, UrlFormat = Experimental.UrlFormat)]
    public sealed class VeniceTextToSpeechClient : ITextToSpeechClient
    {
        private readonly VeniceClient _client;
        private readonly TextToSpeechClientMetadata _metadata;

        /// <summary>Creates the client.</summary>
        /// <param name="client">The Venice client (not disposed by the adapter).</param>
        /// <param name="defaultModelId">The model used when <see cref="TextToSpeechOptions.ModelId"/> is not set; null leaves it to Venice.</param>
        public VeniceTextToSpeechClient(VeniceClient client, string? defaultModelId = null)
        {
            ArgumentNullException.ThrowIfNull(client);
            _client = client;
            DefaultModelId = defaultModelId;
            _metadata = new TextToSpeechClientMetadata(VeniceChatClient.ProviderName, new Uri(client.Connection.BaseAddress), defaultModelId);
        }

        /// <summary>The model used when <see cref="TextToSpeechOptions.ModelId"/> is not set.</summary>
        public string? DefaultModelId { get; }

        /// <inheritdoc/>
        public async Task<TextToSpeechResponse> GetAudioAsync(string text, TextToSpeechOptions? options = null, CancellationToken cancellationToken = default)
        {
            SpeechRequest request = ToRequest(text, options, streaming: false);
            BinaryResponse answer = await _client.Audio.CreateSpeechAsync(request, cancellationToken).ConfigureAwait(false);
            await using (answer.ConfigureAwait(false))
            {
                byte[] audio = await MediaTypes.ReadAllAsync(answer, cancellationToken).ConfigureAwait(false);
                return new TextToSpeechResponse([new DataContent(audio, MediaTypes.Bare(answer.ContentType))])
                {
                    ModelId = request.Model?.Value,
                    RawRepresentation = request,
                };
            }
        }

        /// <inheritdoc/>
        public async IAsyncEnumerable<TextToSpeechResponseUpdate> GetStreamingAudioAsync(
            string text,
            TextToSpeechOptions? options = null,
            [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            SpeechRequest request = ToRequest(text, options, streaming: true);
            BinaryResponse answer = await _client.Audio.CreateSpeechAsync(request, cancellationToken).ConfigureAwait(false);
            await using (answer.ConfigureAwait(false))
            {
                string mediaType = MediaTypes.Bare(answer.ContentType);
                await foreach (ReadOnlyMemory<byte> chunk in answer.ReadChunksAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
                {
                    yield return new TextToSpeechResponseUpdate([new DataContent(chunk, mediaType)])
                    {
                        Kind = TextToSpeechResponseUpdateKind.AudioUpdating,
                        ModelId = request.Model?.Value,
                    };
                }
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

            if (serviceType == typeof(TextToSpeechClientMetadata))
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

        private SpeechRequest ToRequest(string text, TextToSpeechOptions? options, bool streaming)
        {
            ArgumentException.ThrowIfNullOrEmpty(text);
            IReadOnlyDictionary<string, object?>? extra = options?.AdditionalProperties;
            SpeechRequest raw = options?.RawRepresentationFactory?.Invoke(this) as SpeechRequest ?? new SpeechRequest { Input = text };
            string? model = options?.ModelId ?? raw.Model?.Value ?? DefaultModelId;
            return raw with
            {
                Input = text,
                Model = model is null ? null : SpeechModel.FromValue(model),
                Voice = raw.Voice ?? (options?.VoiceId is { Length: > 0 } voice ? SpeechVoice.FromValue(voice) : null),
                ResponseFormat = raw.ResponseFormat ?? (options?.AudioFormat is { Length: > 0 } format ? Format(format) : null),
                Speed = raw.Speed ?? options?.Speed,
                Language = raw.Language ?? options?.Language,
                Prompt = raw.Prompt ?? OptionValues.String(extra, VeniceAIProperties.Prompt),
                Temperature = raw.Temperature ?? OptionValues.Double(extra, VeniceAIProperties.Temperature),
                TopP = raw.TopP ?? OptionValues.Double(extra, VeniceAIProperties.TopP),
                Streaming = streaming ? true : raw.Streaming,
            };
        }

        private static SpeechFormat Format(string format) => MediaTypes.Subtype(format) switch
        {
            "mpeg" or "mp3" or "mpeg3" => SpeechFormat.Mp3,
            "opus" or "ogg" => SpeechFormat.Opus,
            "aac" => SpeechFormat.Aac,
            "flac" or "x-flac" => SpeechFormat.Flac,
            "wav" or "wave" or "x-wav" or "vnd.wave" => SpeechFormat.Wav,
            "pcm" or "l16" => SpeechFormat.Pcm,
            { } other => SpeechFormat.FromValue(other),
        };
    }
}
