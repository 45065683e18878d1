using System.Text.Json.Serialization;
using VeniceAot.Json;

namespace VeniceAot.Chat
{
    /// <summary>The author of a chat message.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<ChatRole>))]
    public readonly record struct ChatRole(string Value) : IOpenEnum<ChatRole>
    {
        /// <summary><c>user</c>: The end user.</summary>
        public static ChatRole User => new("user");

        /// <summary><c>assistant</c>: The model.</summary>
        public static ChatRole Assistant => new("assistant");

        /// <summary><c>tool</c>: A tool result sent back to the model.</summary>
        public static ChatRole Tool => new("tool");

        /// <summary><c>system</c>: Instructions that set the model's behaviour.</summary>
        public static ChatRole System => new("system");

        /// <summary><c>developer</c>: High-level instructions for reasoning models (like system).</summary>
        public static ChatRole Developer => new("developer");

        /// <inheritdoc/>
        public static ChatRole FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>Why a choice stopped generating.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<ChatFinishReason>))]
    public readonly record struct ChatFinishReason(string Value) : IOpenEnum<ChatFinishReason>
    {
        /// <summary><c>stop</c>: A natural stop or a stop sequence.</summary>
        public static ChatFinishReason Stop => new("stop");

        /// <summary><c>length</c>: The token limit was reached.</summary>
        public static ChatFinishReason Length => new("length");

        /// <summary><c>tool_calls</c>: The model called one or more tools.</summary>
        public static ChatFinishReason ToolCalls => new("tool_calls");

        /// <inheritdoc/>
        public static ChatFinishReason FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>The kind of object a chat response is.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<ChatObjectType>))]
    public readonly record struct ChatObjectType(string Value) : IOpenEnum<ChatObjectType>
    {
        /// <summary><c>chat.completion</c>: A complete (non-streamed) response.</summary>
        public static ChatObjectType ChatCompletion => new("chat.completion");

        /// <summary><c>chat.completion.chunk</c>: One streamed event.</summary>
        public static ChatObjectType ChatCompletionChunk => new("chat.completion.chunk");

        /// <inheritdoc/>
        public static ChatObjectType FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>How hard a reasoning model thinks; higher costs more tokens.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<ChatReasoningEffort>))]
    public readonly record struct ChatReasoningEffort(string Value) : IOpenEnum<ChatReasoningEffort>
    {
        /// <summary><c>none</c>: No reasoning.</summary>
        public static ChatReasoningEffort None => new("none");

        /// <summary><c>minimal</c>: Minimal reasoning.</summary>
        public static ChatReasoningEffort Minimal => new("minimal");

        /// <summary><c>low</c>: Low effort.</summary>
        public static ChatReasoningEffort Low => new("low");

        /// <summary><c>medium</c>: Medium effort.</summary>
        public static ChatReasoningEffort Medium => new("medium");

        /// <summary><c>high</c>: High effort.</summary>
        public static ChatReasoningEffort High => new("high");

        /// <summary><c>xhigh</c>: Extra-high effort.</summary>
        public static ChatReasoningEffort XHigh => new("xhigh");

        /// <summary><c>max</c>: Maximum effort.</summary>
        public static ChatReasoningEffort Max => new("max");

        /// <inheritdoc/>
        public static ChatReasoningEffort FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>Whether and how a reasoning model summarises its reasoning.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<ChatReasoningSummary>))]
    public readonly record struct ChatReasoningSummary(string Value) : IOpenEnum<ChatReasoningSummary>
    {
        /// <summary><c>auto</c>: The model decides.</summary>
        public static ChatReasoningSummary Auto => new("auto");

        /// <summary><c>concise</c>: A brief summary.</summary>
        public static ChatReasoningSummary Concise => new("concise");

        /// <summary><c>detailed</c>: A thorough summary.</summary>
        public static ChatReasoningSummary Detailed => new("detailed");

        /// <inheritdoc/>
        public static ChatReasoningSummary FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>How long a prompt cache entry is kept.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<ChatPromptCacheRetention>))]
    public readonly record struct ChatPromptCacheRetention(string Value) : IOpenEnum<ChatPromptCacheRetention>
    {
        /// <summary><c>default</c>: The provider's default retention.</summary>
        public static ChatPromptCacheRetention Default => new("default");

        /// <summary><c>extended</c>: Extended (24 hours) where supported.</summary>
        public static ChatPromptCacheRetention Extended => new("extended");

        /// <summary><c>24h</c>: 24 hours where supported.</summary>
        public static ChatPromptCacheRetention TwentyFourHours => new("24h");

        /// <inheritdoc/>
        public static ChatPromptCacheRetention FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>How verbose the text response is.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<ChatVerbosity>))]
    public readonly record struct ChatVerbosity(string Value) : IOpenEnum<ChatVerbosity>
    {
        /// <summary><c>low</c>: Terse.</summary>
        public static ChatVerbosity Low => new("low");

        /// <summary><c>medium</c>: Medium.</summary>
        public static ChatVerbosity Medium => new("medium");

        /// <summary><c>high</c>: Verbose.</summary>
        public static ChatVerbosity High => new("high");

        /// <summary><c>auto</c>: The model decides.</summary>
        public static ChatVerbosity Auto => new("auto");

        /// <inheritdoc/>
        public static ChatVerbosity FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>Venice web search for a chat request: a STRING on the wire, not a boolean.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<ChatWebSearchMode>))]
    public readonly record struct ChatWebSearchMode(string Value) : IOpenEnum<ChatWebSearchMode>
    {
        /// <summary><c>auto</c>: The model decides whether to search.</summary>
        public static ChatWebSearchMode Auto => new("auto");

        /// <summary><c>off</c>: No web search (the default).</summary>
        public static ChatWebSearchMode Off => new("off");

        /// <summary><c>on</c>: Always search.</summary>
        public static ChatWebSearchMode On => new("on");

        /// <inheritdoc/>
        public static ChatWebSearchMode FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>The encoding of base64 audio in an <c>input_audio</c> part.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<ChatInputAudioFormat>))]
    public readonly record struct ChatInputAudioFormat(string Value) : IOpenEnum<ChatInputAudioFormat>
    {
        /// <summary><c>wav</c>: WAV (the default).</summary>
        public static ChatInputAudioFormat Wav => new("wav");

        /// <summary><c>mp3</c>: MP3.</summary>
        public static ChatInputAudioFormat Mp3 => new("mp3");

        /// <summary><c>aiff</c>: AIFF.</summary>
        public static ChatInputAudioFormat Aiff => new("aiff");

        /// <summary><c>aac</c>: AAC.</summary>
        public static ChatInputAudioFormat Aac => new("aac");

        /// <summary><c>ogg</c>: Ogg.</summary>
        public static ChatInputAudioFormat Ogg => new("ogg");

        /// <summary><c>flac</c>: FLAC.</summary>
        public static ChatInputAudioFormat Flac => new("flac");

        /// <summary><c>m4a</c>: M4A.</summary>
        public static ChatInputAudioFormat M4a => new("m4a");

        /// <summary><c>pcm16</c>: Raw 16-bit PCM.</summary>
        public static ChatInputAudioFormat Pcm16 => new("pcm16");

        /// <summary><c>pcm24</c>: Raw 24-bit PCM.</summary>
        public static ChatInputAudioFormat Pcm24 => new("pcm24");

        /// <inheritdoc/>
        public static ChatInputAudioFormat FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }

    /// <summary>The kind of prompt-cache breakpoint on a content part.</summary>
    /// <param name="Value">The wire value.</param>
    [JsonConverter(typeof(OpenEnumJsonConverter<ChatCacheControlType>))]
    public readonly record struct ChatCacheControlType(string Value) : IOpenEnum<ChatCacheControlType>
    {
        /// <summary><c>ephemeral</c>: An ephemeral cache breakpoint (the only kind Venice documents).</summary>
        public static ChatCacheControlType Ephemeral => new("ephemeral");

        /// <inheritdoc/>
        public static ChatCacheControlType FromValue(string value) => new(value);

        /// <inheritdoc/>
        public override string ToString() => Value ?? string.Empty;
    }
}
