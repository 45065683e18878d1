using System.Text.Json.Serialization;
using VeniceAot.Json;

namespace VeniceAot.Audio
{
    /// <summary>A Venice text-to-speech model id (<c>GET /models?type=tts</c> lists the current ones).</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<SpeechModel>))]
    public readonly record struct SpeechModel(string Value) : IOpenEnum<SpeechModel>
    {
        /// <summary><c>tts-kokoro</c>, the server default.</summary>
        public static SpeechModel Kokoro => new("tts-kokoro");

        /// <summary><c>tts-qwen3-0-6b</c>.</summary>
        public static SpeechModel Qwen3Small => new("tts-qwen3-0-6b");

        /// <summary><c>tts-qwen3-1-7b</c>.</summary>
        public static SpeechModel Qwen3 => new("tts-qwen3-1-7b");

        /// <summary><c>tts-xai-v1</c>.</summary>
        public static SpeechModel XaiV1 => new("tts-xai-v1");

        /// <summary><c>tts-inworld-1-5-max</c>.</summary>
        public static SpeechModel Inworld15Max => new("tts-inworld-1-5-max");

        /// <summary><c>tts-chatterbox-hd</c> (accepts cloned voices).</summary>
        public static SpeechModel ChatterboxHd => new("tts-chatterbox-hd");

        /// <summary><c>tts-orpheus</c>.</summary>
        public static SpeechModel Orpheus => new("tts-orpheus");

        /// <summary><c>tts-elevenlabs-turbo-v2-5</c>.</summary>
        public static SpeechModel ElevenLabsTurboV25 => new("tts-elevenlabs-turbo-v2-5");

        /// <summary><c>tts-minimax-speech-02-hd</c> (accepts cloned voices).</summary>
        public static SpeechModel MinimaxSpeech02Hd => new("tts-minimax-speech-02-hd");

        /// <summary><c>tts-gemini-3-1-flash</c>.</summary>
        public static SpeechModel Gemini31Flash => new("tts-gemini-3-1-flash");

        /// <summary><c>tts-gradium-v1</c>.</summary>
        public static SpeechModel GradiumV1 => new("tts-gradium-v1");

        /// <inheritdoc/>
        public static SpeechModel FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>
    /// A speech voice. Voices are model-specific (Kokoro <c>af_sky</c>, Qwen 3 <c>Vivian</c>, xAI <c>eve</c>, …); a cloned-voice
    /// handle <c>vv_…</c> from <see cref="AudioClient.CloneVoiceAsync(string, ClonedVoiceModel?, System.Threading.CancellationToken)"/>
    /// works with the model it was created for. Any string is accepted.
    /// </summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<SpeechVoice>))]
    public readonly record struct SpeechVoice(string Value) : IOpenEnum<SpeechVoice>
    {
        /// <summary><c>af_sky</c> (Kokoro), the server default.</summary>
        public static SpeechVoice AfSky => new("af_sky");

        /// <summary><c>af_bella</c> (Kokoro).</summary>
        public static SpeechVoice AfBella => new("af_bella");

        /// <summary><c>am_adam</c> (Kokoro).</summary>
        public static SpeechVoice AmAdam => new("am_adam");

        /// <inheritdoc/>
        public static SpeechVoice FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>The audio format <c>POST /audio/speech</c> answers in; support and default are model-specific.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<SpeechFormat>))]
    public readonly record struct SpeechFormat(string Value) : IOpenEnum<SpeechFormat>
    {
        /// <summary><c>mp3</c> (answered as <c>audio/mpeg</c>).</summary>
        public static SpeechFormat Mp3 => new("mp3");

        /// <summary><c>opus</c>.</summary>
        public static SpeechFormat Opus => new("opus");

        /// <summary><c>aac</c>.</summary>
        public static SpeechFormat Aac => new("aac");

        /// <summary><c>flac</c>.</summary>
        public static SpeechFormat Flac => new("flac");

        /// <summary><c>wav</c>.</summary>
        public static SpeechFormat Wav => new("wav");

        /// <summary><c>pcm</c> (raw samples).</summary>
        public static SpeechFormat Pcm => new("pcm");

        /// <inheritdoc/>
        public static SpeechFormat FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>A Venice speech-to-text model id.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<TranscriptionModel>))]
    public readonly record struct TranscriptionModel(string Value) : IOpenEnum<TranscriptionModel>
    {
        /// <summary><c>nvidia/parakeet-tdt-0.6b-v3</c>, the server default.</summary>
        public static TranscriptionModel ParakeetTdtV3 => new("nvidia/parakeet-tdt-0.6b-v3");

        /// <summary><c>openai/whisper-large-v3</c> (honours <c>language</c>).</summary>
        public static TranscriptionModel WhisperLargeV3 => new("openai/whisper-large-v3");

        /// <summary><c>fal-ai/wizper</c>.</summary>
        public static TranscriptionModel Wizper => new("fal-ai/wizper");

        /// <summary><c>elevenlabs/scribe-v2</c>.</summary>
        public static TranscriptionModel ScribeV2 => new("elevenlabs/scribe-v2");

        /// <summary><c>stt-xai-v1</c>.</summary>
        public static TranscriptionModel XaiV1 => new("stt-xai-v1");

        /// <inheritdoc/>
        public static TranscriptionModel FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>How a transcript is answered: <c>json</c> (a <see cref="TranscriptionResponse"/>) or <c>text</c> (<c>text/plain</c>).</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<TranscriptionFormat>))]
    public readonly record struct TranscriptionFormat(string Value) : IOpenEnum<TranscriptionFormat>
    {
        /// <summary><c>json</c>, the default.</summary>
        public static TranscriptionFormat Json => new("json");

        /// <summary><c>text</c>: the answer is <c>text/plain</c>.</summary>
        public static TranscriptionFormat Text => new("text");

        /// <inheritdoc/>
        public static TranscriptionFormat FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>The TTS model a cloned voice is made for; the handle only works with that model.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<ClonedVoiceModel>))]
    public readonly record struct ClonedVoiceModel(string Value) : IOpenEnum<ClonedVoiceModel>
    {
        /// <summary><c>tts-chatterbox-hd</c>, the default (MP3, WAV, FLAC, M4A samples).</summary>
        public static ClonedVoiceModel ChatterboxHd => new("tts-chatterbox-hd");

        /// <summary><c>tts-minimax-speech-02-hd</c> (MP3 and WAV samples; limited access).</summary>
        public static ClonedVoiceModel MinimaxSpeech02Hd => new("tts-minimax-speech-02-hd");

        /// <inheritdoc/>
        public static ClonedVoiceModel FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>The state of an audio (music) job: <c>QUEUED</c> after queueing, <c>PROCESSING</c> while it runs.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<AudioJobStatus>))]
    public readonly record struct AudioJobStatus(string Value) : IOpenEnum<AudioJobStatus>
    {
        /// <summary><c>QUEUED</c>.</summary>
        public static AudioJobStatus Queued => new("QUEUED");

        /// <summary><c>PROCESSING</c>.</summary>
        public static AudioJobStatus Processing => new("PROCESSING");

        /// <summary><c>COMPLETED</c> (not in the spec for audio; video uses it).</summary>
        public static AudioJobStatus Completed => new("COMPLETED");

        /// <inheritdoc/>
        public static AudioJobStatus FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }
}
