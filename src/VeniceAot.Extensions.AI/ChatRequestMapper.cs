using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.AI;
using VeniceAot.Chat;
using MeaiChatMessage = Microsoft.Extensions.AI.ChatMessage;
using MeaiChatRole = Microsoft.Extensions.AI.ChatRole;
using VeniceChatMessage = VeniceAot.Chat.ChatMessage;
using ChatResponseFormat = VeniceAot.Chat.ChatResponseFormat;

namespace VeniceAot.Extensions.AI
{
    /// <summary>Builds a <see cref="ChatCompletionRequest"/> from Microsoft.Extensions.AI messages and options.</summary>
    internal static class ChatRequestMapper
    {
        public static ChatCompletionRequest ToRequest(
            IChatClient client,
            IEnumerable<MeaiChatMessage> messages,
            ChatOptions? options,
            string? defaultModelId,
            JsonSerializerOptions serializerOptions,
            bool streaming)
        {
            ArgumentNullException.ThrowIfNull(messages);
            ChatCompletionRequest? raw = options?.RawRepresentationFactory?.Invoke(client) as ChatCompletionRequest;

            var wire = new List<VeniceChatMessage>();
            if (raw is not null)
            {
                wire.AddRange(raw.Messages);
            }

            if (!string.IsNullOrEmpty(options?.Instructions))
            {
                wire.Add(VeniceChatMessage.System(options.Instructions));
            }

            foreach (MeaiChatMessage message in messages)
            {
                AddMessage(wire, message, serializerOptions);
            }

            string? model = !string.IsNullOrEmpty(raw?.Model) ? raw.Model : options?.ModelId ?? defaultModelId;
            if (string.IsNullOrEmpty(model))
            {
                throw new InvalidOperationException(
                    "No model id: set ChatOptions.ModelId, pass a default model to AsIChatClient, or return a ChatCompletionRequest with a Model from ChatOptions.RawRepresentationFactory.");
            }

            IReadOnlyDictionary<string, object?>? extra = options?.AdditionalProperties;
            ChatCompletionRequest request = raw ?? new ChatCompletionRequest { Model = model, Messages = wire };
            IReadOnlyList<ChatTool>? tools = raw?.Tools ?? MapTools(options?.Tools);
            return request with
            {
                Model = model,
                Messages = wire,
                Temperature = request.Temperature ?? options?.Temperature,
                TopP = request.TopP ?? options?.TopP,
                TopK = request.TopK ?? options?.TopK,
                MaxCompletionTokens = request.MaxCompletionTokens ?? (request.MaxTokens is null ? options?.MaxOutputTokens : null),
                FrequencyPenalty = request.FrequencyPenalty ?? options?.FrequencyPenalty,
                PresencePenalty = request.PresencePenalty ?? options?.PresencePenalty,
                Seed = request.Seed ?? options?.Seed,
                Stop = request.Stop ?? (options?.StopSequences is { Count: > 0 } stops ? new ChatStop(stops.ToArray()) : null),
                ResponseFormat = request.ResponseFormat ?? MapResponseFormat(options?.ResponseFormat),
                Tools = tools,
                ToolChoice = request.ToolChoice ?? (tools is { Count: > 0 } ? MapToolMode(options?.ToolMode) : null),
                ParallelToolCalls = request.ParallelToolCalls ?? (tools is { Count: > 0 } ? options?.AllowMultipleToolCalls : null),
                ReasoningEffort = request.ReasoningEffort ?? ReasoningEffort(options),
                Reasoning = request.Reasoning ?? (options?.Reasoning?.Output == ReasoningOutput.Summary
                    ? new ChatReasoningOptions { Summary = ChatReasoningSummary.Auto }
                    : null),
                VeniceParameters = MapVeniceParameters(request.VeniceParameters, options),
                MinP = request.MinP ?? OptionValues.Double(extra, VeniceAIProperties.MinP),
                RepetitionPenalty = request.RepetitionPenalty ?? OptionValues.Double(extra, VeniceAIProperties.RepetitionPenalty),
                MinTemp = request.MinTemp ?? OptionValues.Double(extra, VeniceAIProperties.MinTemp),
                MaxTemp = request.MaxTemp ?? OptionValues.Double(extra, VeniceAIProperties.MaxTemp),
                Logprobs = request.Logprobs ?? OptionValues.Bool(extra, VeniceAIProperties.Logprobs),
                TopLogprobs = request.TopLogprobs ?? OptionValues.Int(extra, VeniceAIProperties.TopLogprobs),
                PromptCacheKey = request.PromptCacheKey ?? OptionValues.String(extra, VeniceAIProperties.PromptCacheKey),
                PromptCacheRetention = request.PromptCacheRetention
                    ?? (OptionValues.String(extra, VeniceAIProperties.PromptCacheRetention) is { } retention ? ChatPromptCacheRetention.FromValue(retention) : null),
                Verbosity = request.Verbosity ?? (OptionValues.String(extra, VeniceAIProperties.Verbosity) is { } verbosity ? ChatVerbosity.FromValue(verbosity) : null),
                User = request.User ?? OptionValues.String(extra, VeniceAIProperties.User),
                Stream = streaming ? true : request.Stream,
                StreamOptions = streaming ? request.StreamOptions ?? new ChatStreamOptions { IncludeUsage = true } : request.StreamOptions,
            };
        }

        private static ChatReasoningEffort? ReasoningEffort(ChatOptions? options)
        {
            if (OptionValues.String(options?.AdditionalProperties, VeniceAIProperties.ReasoningEffort) is { } effort)
            {
                return ChatReasoningEffort.FromValue(effort);
            }

            return options?.Reasoning?.Effort switch
            {
                Microsoft.Extensions.AI.ReasoningEffort.None => ChatReasoningEffort.None,
                Microsoft.Extensions.AI.ReasoningEffort.Low => ChatReasoningEffort.Low,
                Microsoft.Extensions.AI.ReasoningEffort.Medium => ChatReasoningEffort.Medium,
                Microsoft.Extensions.AI.ReasoningEffort.High => ChatReasoningEffort.High,
                Microsoft.Extensions.AI.ReasoningEffort.ExtraHigh => ChatReasoningEffort.XHigh,
                _ => null,
            };
        }

        private static ChatVeniceParameters? MapVeniceParameters(ChatVeniceParameters? fromRaw, ChatOptions? options)
        {
            IReadOnlyDictionary<string, object?>? extra = options?.AdditionalProperties;
            ChatVeniceParameters? given = OptionValues.Object<ChatVeniceParameters>(extra, VeniceAIProperties.VeniceParameters) ?? fromRaw;
            string? webSearch = OptionValues.TryGet(extra, VeniceAIProperties.EnableWebSearch, out object? mode) && mode is ChatWebSearchMode typed
                ? typed.Value
                : OptionValues.String(extra, VeniceAIProperties.EnableWebSearch);
            bool? stripThinking = OptionValues.Bool(extra, VeniceAIProperties.StripThinkingResponse)
                ?? given?.StripThinkingResponse
                ?? (options?.Reasoning?.Output == ReasoningOutput.None ? true : null);
            var result = new ChatVeniceParameters
            {
                CharacterSlug = OptionValues.String(extra, VeniceAIProperties.CharacterSlug) ?? given?.CharacterSlug,
                StripThinkingResponse = stripThinking,
                DisableThinking = OptionValues.Bool(extra, VeniceAIProperties.DisableThinking) ?? given?.DisableThinking,
                EnableE2ee = OptionValues.Bool(extra, VeniceAIProperties.EnableE2ee) ?? given?.EnableE2ee,
                EnableWebSearch = webSearch is not null ? ChatWebSearchMode.FromValue(webSearch) : given?.EnableWebSearch,
                EnableWebScraping = OptionValues.Bool(extra, VeniceAIProperties.EnableWebScraping) ?? given?.EnableWebScraping,
                EnableWebCitations = OptionValues.Bool(extra, VeniceAIProperties.EnableWebCitations) ?? given?.EnableWebCitations,
                IncludeSearchResultsInStream = OptionValues.Bool(extra, VeniceAIProperties.IncludeSearchResultsInStream) ?? given?.IncludeSearchResultsInStream,
                ReturnSearchResultsAsDocuments = OptionValues.Bool(extra, VeniceAIProperties.ReturnSearchResultsAsDocuments) ?? given?.ReturnSearchResultsAsDocuments,
                IncludeVeniceSystemPrompt = OptionValues.Bool(extra, VeniceAIProperties.IncludeVeniceSystemPrompt) ?? given?.IncludeVeniceSystemPrompt,
                EnableXSearch = OptionValues.Bool(extra, VeniceAIProperties.EnableXSearch) ?? given?.EnableXSearch,
            };
            bool any = result.CharacterSlug is not null || result.StripThinkingResponse is not null || result.DisableThinking is not null
                || result.EnableE2ee is not null || result.EnableWebSearch is not null || result.EnableWebScraping is not null
                || result.EnableWebCitations is not null || result.IncludeSearchResultsInStream is not null
                || result.ReturnSearchResultsAsDocuments is not null || result.IncludeVeniceSystemPrompt is not null || result.EnableXSearch is not null;
            return any ? result : null;
        }

        private static ChatResponseFormat? MapResponseFormat(Microsoft.Extensions.AI.ChatResponseFormat? format)
        {
            switch (format)
            {
                case null:
                    return null;
                case ChatResponseFormatText:
                    return ChatResponseFormat.Text;
                case ChatResponseFormatJson { Schema: null }:
                    return ChatResponseFormat.JsonObject;
                case ChatResponseFormatJson json:
                    // OpenAI's shape, which Venice documents for structured outputs: {name, description?, strict, schema}.
                    using (var buffer = new MemoryStream())
                    {
                        using (var writer = new Utf8JsonWriter(buffer))
                        {
                            writer.WriteStartObject();
                            writer.WriteString("name"u8, string.IsNullOrEmpty(json.SchemaName) ? "response" : json.SchemaName);
                            if (!string.IsNullOrEmpty(json.SchemaDescription))
                            {
                                writer.WriteString("description"u8, json.SchemaDescription);
                            }

                            writer.WriteBoolean("strict"u8, true);
                            writer.WritePropertyName("schema"u8);
                            json.Schema.Value.WriteTo(writer);
                            writer.WriteEndObject();
                        }

                        using JsonDocument document = JsonDocument.Parse(buffer.ToArray());
                        return ChatResponseFormat.FromJsonSchema(document.RootElement.Clone());
                    }

                default:
                    throw new NotSupportedException($"Venice chat does not support the response format {format.GetType().Name}.");
            }
        }

        private static List<ChatTool>? MapTools(IList<AITool>? tools)
        {
            if (tools is not { Count: > 0 })
            {
                return null;
            }

            var mapped = new List<ChatTool>(tools.Count);
            foreach (AITool tool in tools)
            {
                switch (tool)
                {
                    case AIFunctionDeclaration function:
                        bool? strict = tool.AdditionalProperties.TryGetValue("strict", out object? value) && value is bool flag ? flag : null;
                        mapped.Add(ChatTool.CreateFunction(function.Name, string.IsNullOrEmpty(function.Description) ? null : function.Description, function.JsonSchema, strict));
                        break;
                    case HostedWebSearchTool:
                        mapped.Add(new ChatWebSearchTool());
                        break;
                    default:
                        // Hosted tools Venice has no counterpart for (code interpreter, file search, MCP, …) are not sent.
                        break;
                }
            }

            return mapped.Count > 0 ? mapped : null;
        }

        private static ChatToolChoice? MapToolMode(ChatToolMode? mode) => mode switch
        {
            null => null,
            NoneChatToolMode => ChatToolChoice.None,
            AutoChatToolMode => ChatToolChoice.Auto,
            RequiredChatToolMode { RequiredFunctionName: { } name } => ChatToolChoice.ForFunction(name),
            RequiredChatToolMode => ChatToolChoice.Required,
            _ => null,
        };

        private static void AddMessage(List<VeniceChatMessage> wire, MeaiChatMessage message, JsonSerializerOptions serializerOptions)
        {
            ArgumentNullException.ThrowIfNull(message);

            // A message that came from this adapter (or was built by hand) with a VeniceAot message underneath is sent as that
            // message, so provider-specific fields (reasoning_details, thought_signature, unknown fields) survive the round trip.
            if (message.RawRepresentation is VeniceChatMessage native)
            {
                wire.Add(native);
                return;
            }

            // Tool results become one tool message each, whatever role the message carries.
            List<FunctionResultContent>? results = null;
            foreach (AIContent content in message.Contents)
            {
                if (content is FunctionResultContent result)
                {
                    (results ??= []).Add(result);
                }
            }

            if (results is not null)
            {
                foreach (FunctionResultContent result in results)
                {
                    object? value = result.Exception is { } error && result.Result is null ? "Error: " + error.Message : result.Result;
                    wire.Add(new ChatToolMessage { ToolCallId = result.CallId, Content = ToolJson.ResultText(value, serializerOptions) });
                }

                return;
            }

            string role = message.Role.Value;
            if (message.Role == MeaiChatRole.Assistant)
            {
                wire.Add(ToAssistant(message, serializerOptions));
            }
            else if (message.Role == MeaiChatRole.User)
            {
                wire.Add(new ChatUserMessage { Content = UserContent(message), Name = message.AuthorName });
            }
            else if (message.Role == MeaiChatRole.System)
            {
                wire.Add(new ChatSystemMessage { Content = TextOnly(message), Name = message.AuthorName });
            }
            else if (string.Equals(role, "developer", StringComparison.OrdinalIgnoreCase))
            {
                wire.Add(new ChatDeveloperMessage { Content = TextOnly(message), Name = message.AuthorName });
            }
            else if (message.Role == MeaiChatRole.Tool)
            {
                throw new ArgumentException("A tool message must carry FunctionResultContent (the call id and its result).", nameof(message));
            }
            else
            {
                throw new NotSupportedException($"Venice chat has no role '{role}'; use system, developer, user, assistant or tool.");
            }
        }

        private static ChatAssistantMessage ToAssistant(MeaiChatMessage message, JsonSerializerOptions serializerOptions)
        {
            var text = new StringBuilder();
            StringBuilder? reasoning = null;
            List<ChatToolCall>? calls = null;
            foreach (AIContent content in message.Contents)
            {
                switch (content)
                {
                    case TextContent part:
                        text.Append(part.Text);
                        break;
                    case TextReasoningContent part:
                        (reasoning ??= new StringBuilder()).Append(part.Text);
                        break;
                    case FunctionCallContent call:
                        (calls ??= []).Add(call.RawRepresentation as ChatToolCall ?? new ChatToolCall
                        {
                            Id = call.CallId,
                            Type = "function",
                            Function = new ChatFunctionCall { Name = call.Name, Arguments = ToolJson.WriteArguments(call.Arguments, serializerOptions) },
                        });
                        break;
                }
            }

            return new ChatAssistantMessage
            {
                Content = text.Length > 0 || calls is null ? new ChatContent(text.ToString()) : null,
                Name = message.AuthorName,
                ReasoningContent = reasoning?.ToString(),
                ToolCalls = calls,
            };
        }

        private static ChatContent TextOnly(MeaiChatMessage message) => new(message.Text);

        private static ChatContent UserContent(MeaiChatMessage message)
        {
            IList<AIContent> contents = message.Contents;
            if (contents.Count == 1 && contents[0] is TextContent only)
            {
                return new ChatContent(only.Text);
            }

            var parts = new List<ChatContentPart>(contents.Count);
            foreach (AIContent content in contents)
            {
                ChatContentPart? part = content switch
                {
                    TextContent text => ChatContentPart.FromText(text.Text),
                    DataContent data => FromData(data),
                    UriContent uri => FromUri(uri),
                    _ => null, // Usage, reasoning and other content kinds have no meaning in a user turn.
                };
                if (part is not null)
                {
                    parts.Add(part);
                }
            }

            return new ChatContent(parts);
        }

        private static ChatContentPart FromData(DataContent data)
        {
            if (data.HasTopLevelMediaType("image"))
            {
                return ChatContentPart.FromImageUrl(data.Uri);
            }

            if (data.HasTopLevelMediaType("audio"))
            {
                return ChatContentPart.FromInputAudio(data.Base64Data.ToString(), AudioFormat(data.MediaType));
            }

            if (data.HasTopLevelMediaType("video"))
            {
                return ChatContentPart.FromVideoUrl(data.Uri);
            }

            return ChatContentPart.FromFile(data.Uri, data.Name);
        }

        private static ChatContentPart FromUri(UriContent content)
        {
            string uri = content.Uri.ToString();
            if (content.HasTopLevelMediaType("image"))
            {
                return ChatContentPart.FromImageUrl(uri);
            }

            if (content.HasTopLevelMediaType("video"))
            {
                return ChatContentPart.FromVideoUrl(uri);
            }

            if (content.HasTopLevelMediaType("audio"))
            {
                throw new NotSupportedException("Venice takes chat audio only as base64 data: pass a DataContent (e.g. DataContent.LoadFromAsync), not a UriContent.");
            }

            return ChatContentPart.FromFile(uri);
        }

        private static ChatInputAudioFormat? AudioFormat(string mediaType)
        {
            string subtype = mediaType[(mediaType.IndexOf('/', StringComparison.Ordinal) + 1)..].ToLowerInvariant();
            int parameters = subtype.IndexOf(';', StringComparison.Ordinal);
            if (parameters >= 0)
            {
                subtype = subtype[..parameters].Trim();
            }

            return subtype switch
            {
                "wav" or "wave" or "x-wav" or "vnd.wave" => ChatInputAudioFormat.Wav,
                "mpeg" or "mp3" or "mpeg3" or "x-mpeg-3" => ChatInputAudioFormat.Mp3,
                "aiff" or "x-aiff" => ChatInputAudioFormat.Aiff,
                "aac" or "x-aac" => ChatInputAudioFormat.Aac,
                "ogg" => ChatInputAudioFormat.Ogg,
                "flac" or "x-flac" => ChatInputAudioFormat.Flac,
                "mp4" or "m4a" or "x-m4a" => ChatInputAudioFormat.M4a,
                "pcm" or "l16" => ChatInputAudioFormat.Pcm16,
                "l24" => ChatInputAudioFormat.Pcm24,
                _ => ChatInputAudioFormat.FromValue(subtype),
            };
        }
    }
}
