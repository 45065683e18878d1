using System;
using System.Collections.Generic;
using System.Text.Json;
using Microsoft.Extensions.AI;
using VeniceAot.Chat;
using MeaiChatFinishReason = Microsoft.Extensions.AI.ChatFinishReason;
using MeaiChatMessage = Microsoft.Extensions.AI.ChatMessage;
using MeaiChatRole = Microsoft.Extensions.AI.ChatRole;
using VeniceChatFinishReason = VeniceAot.Chat.ChatFinishReason;

namespace VeniceAot.Extensions.AI
{
    /// <summary>Turns Venice completions and chunks into Microsoft.Extensions.AI responses and updates.</summary>
    internal static class ChatResponseMapper
    {
        public static ChatResponse ToResponse(ChatCompletion completion)
        {
            ChatChoice? choice = completion.Choices.Count > 0 ? completion.Choices[0] : null;
            var message = new MeaiChatMessage(MeaiChatRole.Assistant, new List<AIContent>())
            {
                MessageId = NullIfEmpty(completion.Id),
                CreatedAt = CreatedAt(completion.Created),
                RawRepresentation = choice?.Message,
            };

            switch (choice?.Message)
            {
                case ChatAssistantMessage assistant:
                    message.AuthorName = assistant.Name;
                    AddContents(message.Contents, assistant.ReasoningContent, assistant.Content?.GetText(), assistant.ToolCalls);
                    break;
                case ChatToolMessage tool:
                    AddContents(message.Contents, tool.ReasoningContent, tool.Content, tool.ToolCalls);
                    break;
            }

            var response = new ChatResponse(message)
            {
                ResponseId = NullIfEmpty(completion.Id),
                ModelId = NullIfEmpty(completion.Model),
                CreatedAt = CreatedAt(completion.Created),
                FinishReason = FinishReason(choice?.FinishReason),
                Usage = Usage(completion.Usage),
                RawRepresentation = completion,
            };
            if (completion.Cost is not null)
            {
                (response.AdditionalProperties ??= [])[VeniceAIProperties.Cost] = completion.Cost;
            }

            if (completion.VeniceParameters is not null)
            {
                (response.AdditionalProperties ??= [])[VeniceAIProperties.VeniceParametersEcho] = completion.VeniceParameters;
            }

            if (choice?.StopReason is { } stopReason)
            {
                (response.AdditionalProperties ??= [])[VeniceAIProperties.StopReason] = stopReason.Value;
            }

            return response;
        }

        public static void AddContents(IList<AIContent> contents, string? reasoning, string? text, List<ChatToolCall>? toolCalls)
        {
            if (!string.IsNullOrEmpty(reasoning))
            {
                contents.Add(new TextReasoningContent(reasoning));
            }

            if (!string.IsNullOrEmpty(text))
            {
                contents.Add(new TextContent(text));
            }

            if (toolCalls is null)
            {
                return;
            }

            foreach (ChatToolCall call in toolCalls)
            {
                contents.Add(ToFunctionCall(call.Id, call.Function?.Name, call.Function?.Arguments, call));
            }
        }

        public static FunctionCallContent ToFunctionCall(string? id, string? name, string? arguments, object? raw)
        {
            Dictionary<string, object?>? parsed = null;
            Exception? error = null;
            try
            {
                parsed = ToolJson.ParseArguments(arguments);
            }
            catch (JsonException exception)
            {
                // FunctionInvokingChatClient reports this to the model instead of calling the function.
                error = new InvalidOperationException($"The model sent tool-call arguments that are not a JSON object: {arguments}", exception);
            }

            return new FunctionCallContent(id ?? string.Empty, name ?? string.Empty, parsed)
            {
                Exception = error,
                RawRepresentation = raw,
            };
        }

        public static MeaiChatFinishReason? FinishReason(VeniceChatFinishReason? reason) => reason?.Value switch
        {
            null or "" => null,
            "stop" => MeaiChatFinishReason.Stop,
            "length" => MeaiChatFinishReason.Length,
            "tool_calls" or "function_call" => MeaiChatFinishReason.ToolCalls,
            "content_filter" => MeaiChatFinishReason.ContentFilter,
            { } other => new MeaiChatFinishReason(other),
        };

        public static UsageDetails? Usage(ChatUsage? usage)
        {
            if (usage is null)
            {
                return null;
            }

            var details = new UsageDetails
            {
                InputTokenCount = usage.PromptTokens,
                OutputTokenCount = usage.CompletionTokens,
                TotalTokenCount = usage.TotalTokens,
                CachedInputTokenCount = usage.PromptTokensDetails?.CachedTokens,
                ReasoningTokenCount = usage.CompletionTokensDetails?.ReasoningTokens,
            };
            if (usage.PromptTokensDetails?.CacheCreationInputTokens is int written)
            {
                details.AdditionalCounts = new() { ["cache_creation_input_tokens"] = written };
            }

            return details;
        }

        public static DateTimeOffset? CreatedAt(long unixSeconds) =>
            unixSeconds > 0 ? DateTimeOffset.FromUnixTimeSeconds(unixSeconds) : null;

        public static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
    }
}
