using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using VeniceAot.Chat;

namespace VeniceAot.Telemetry
{
    /// <summary>
    /// Chat-specific span attributes: the request parameters, finish reasons and, only when
    /// <see cref="VeniceClientOptions.RecordContent"/> is on, the input and output messages as the GenAI semantic
    /// conventions' JSON (<c>[{"role":…,"parts":[{"type":"text","content":…}]}]</c>). Type tests on the concrete chat
    /// types only: no reflection, AOT-safe.
    /// </summary>
    internal static class ChatTelemetry
    {
        private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

        /// <summary>True for a chat completion request body.</summary>
        /// <param name="body">The request body.</param>
        /// <returns>Whether the call is a chat completion.</returns>
        public static bool IsChat(object? body) => body is ChatCompletionRequest;

        /// <summary>Sets the <c>gen_ai.request.*</c> parameters and, when allowed, <c>gen_ai.input.messages</c>.</summary>
        /// <param name="activity">The call's span.</param>
        /// <param name="body">The request body.</param>
        /// <param name="recordContent">Whether message content may be recorded.</param>
        public static void RecordRequest(Activity activity, object? body, bool recordContent)
        {
            if (body is not ChatCompletionRequest request)
            {
                return;
            }

            if ((request.MaxCompletionTokens ?? request.MaxTokens) is { } maxTokens)
            {
                activity.SetTag(TelemetryNames.RequestMaxTokens, maxTokens);
            }

            SetIfNotNull(activity, TelemetryNames.RequestTemperature, request.Temperature);
            SetIfNotNull(activity, TelemetryNames.RequestTopP, request.TopP);
            SetIfNotNull(activity, TelemetryNames.RequestFrequencyPenalty, request.FrequencyPenalty);
            SetIfNotNull(activity, TelemetryNames.RequestPresencePenalty, request.PresencePenalty);
            if (request.TopK is { } topK)
            {
                activity.SetTag(TelemetryNames.RequestTopK, (double)topK);
            }

            if (request.Seed is { } seed)
            {
                activity.SetTag(TelemetryNames.RequestSeed, seed);
            }

            if (request.N is { } n && n != 1)
            {
                activity.SetTag(TelemetryNames.RequestChoiceCount, n);
            }

            if (recordContent)
            {
                activity.SetTag(TelemetryNames.InputMessages, InputMessages(request.Messages));
            }
        }

        /// <summary>Reads finish reasons (and text, when recorded) from a chat completion or chunk.</summary>
        /// <param name="activity">The call's span.</param>
        /// <param name="value">A parsed body or stream event.</param>
        /// <param name="output">The stream's accumulated output, for chat calls; null otherwise.</param>
        public static void RecordResponse(Activity activity, object? value, ChatOutputRecorder? output)
        {
            switch (value)
            {
                case ChatCompletion { Choices: not null } completion:
                    var reasons = new List<string>(completion.Choices.Count);
                    foreach (ChatChoice choice in completion.Choices)
                    {
                        if (choice.FinishReason is { Value: { } reason })
                        {
                            reasons.Add(reason);
                        }
                    }

                    if (reasons.Count > 0)
                    {
                        activity.SetTag(TelemetryNames.FinishReasons, reasons.ToArray());
                    }

                    if (output is { RecordContent: true })
                    {
                        activity.SetTag(TelemetryNames.OutputMessages, OutputMessages(completion));
                    }

                    break;
                case ChatCompletionChunk chunk:
                    output?.Append(chunk);
                    break;
            }
        }

        private static void SetIfNotNull(Activity activity, string name, double? value)
        {
            if (value is { } number)
            {
                activity.SetTag(name, number);
            }
        }

        internal static string InputMessages(IReadOnlyList<ChatMessage> messages)
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            {
                writer.WriteStartArray();
                foreach (ChatMessage message in messages)
                {
                    writer.WriteStartObject();
                    writer.WriteString("role", message.Role.Value);
                    writer.WriteStartArray("parts");
                    switch (message)
                    {
                        case ChatUserMessage user:
                            WriteText(writer, user.Content.GetText());
                            break;
                        case ChatSystemMessage system:
                            WriteText(writer, system.Content.GetText());
                            break;
                        case ChatDeveloperMessage developer:
                            WriteText(writer, developer.Content.GetText());
                            break;
                        case ChatAssistantMessage assistant:
                            WriteAssistant(writer, assistant);
                            break;
                        case ChatToolMessage tool:
                            writer.WriteStartObject();
                            writer.WriteString("type", "tool_call_response");
                            writer.WriteString("id", tool.ToolCallId);
                            writer.WriteString("response", tool.Content);
                            writer.WriteEndObject();
                            break;
                    }

                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }

        internal static string OutputMessages(ChatCompletion completion)
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            {
                writer.WriteStartArray();
                foreach (ChatChoice choice in completion.Choices ?? [])
                {
                    writer.WriteStartObject();
                    writer.WriteString("role", "assistant");
                    writer.WriteStartArray("parts");
                    if (choice.Message is ChatAssistantMessage assistant)
                    {
                        WriteAssistant(writer, assistant);
                    }

                    writer.WriteEndArray();
                    writer.WriteString("finish_reason", choice.FinishReason?.Value ?? string.Empty);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }

        internal static string OutputMessages(IReadOnlyList<(StringBuilder Text, string? FinishReason)> choices)
        {
            var buffer = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
            {
                writer.WriteStartArray();
                foreach ((StringBuilder text, string? finishReason) in choices)
                {
                    writer.WriteStartObject();
                    writer.WriteString("role", "assistant");
                    writer.WriteStartArray("parts");
                    WriteText(writer, text.ToString());
                    writer.WriteEndArray();
                    writer.WriteString("finish_reason", finishReason ?? string.Empty);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            return Encoding.UTF8.GetString(buffer.WrittenSpan);
        }

        private static void WriteAssistant(Utf8JsonWriter writer, ChatAssistantMessage assistant)
        {
            if (assistant.Content is { } content)
            {
                WriteText(writer, content.GetText());
            }

            if (assistant.ToolCalls is { } calls)
            {
                foreach (ChatToolCall call in calls)
                {
                    writer.WriteStartObject();
                    writer.WriteString("type", "tool_call");
                    writer.WriteString("id", call.Id);
                    writer.WriteString("name", call.Function?.Name);
                    writer.WriteString("arguments", call.Function?.Arguments);
                    writer.WriteEndObject();
                }
            }
        }

        private static void WriteText(Utf8JsonWriter writer, string text)
        {
            writer.WriteStartObject();
            writer.WriteString("type", "text");
            writer.WriteString("content", text);
            writer.WriteEndObject();
        }
    }

    /// <summary>
    /// A streamed chat call's output: finish reasons always, and the text of each choice when content is recorded.
    /// Written to the span when the call ends.
    /// </summary>
    internal sealed class ChatOutputRecorder(bool recordContent)
    {
        private readonly List<(StringBuilder Text, string? FinishReason)> _choices = [];

        /// <summary>Whether the text is kept (<see cref="VeniceClientOptions.RecordContent"/>).</summary>
        public bool RecordContent => recordContent;

        /// <summary>Adds one chunk's deltas.</summary>
        /// <param name="chunk">The chunk.</param>
        public void Append(ChatCompletionChunk chunk)
        {
            if (chunk.Choices is null)
            {
                return;
            }

            foreach (ChatChunkChoice choice in chunk.Choices)
            {
                if (choice.Index < 0 || choice.Index > 127)
                {
                    continue;
                }

                while (_choices.Count <= choice.Index)
                {
                    _choices.Add((new StringBuilder(), null));
                }

                (StringBuilder text, string? finishReason) = _choices[choice.Index];
                if (recordContent && choice.Delta?.Content is { } piece)
                {
                    text.Append(piece);
                }

                if (choice.FinishReason is { Value: { } reason })
                {
                    _choices[choice.Index] = (text, reason);
                }
            }
        }

        /// <summary>Writes <c>gen_ai.response.finish_reasons</c> and, when recorded, <c>gen_ai.output.messages</c>.</summary>
        /// <param name="activity">The call's span.</param>
        public void Flush(Activity activity)
        {
            var reasons = new List<string>(_choices.Count);
            foreach ((_, string? reason) in _choices)
            {
                if (reason is not null)
                {
                    reasons.Add(reason);
                }
            }

            if (reasons.Count > 0)
            {
                activity.SetTag(TelemetryNames.FinishReasons, reasons.ToArray());
            }

            if (recordContent && _choices.Count > 0)
            {
                activity.SetTag(TelemetryNames.OutputMessages, ChatTelemetry.OutputMessages(_choices));
            }
        }
    }
}
