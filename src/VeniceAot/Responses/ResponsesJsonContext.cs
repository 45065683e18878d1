using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace VeniceAot.Responses
{
    /// <summary>
    /// The System.Text.Json source-generated contracts of the Responses group. One context per group lets trimming drop the
    /// groups an app never calls. Nulls are never written (Venice rejects null keys); numbers may arrive as strings.
    /// </summary>
    [JsonSourceGenerationOptions(
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowReadingFromString)]
    [JsonSerializable(typeof(ResponsesRequest))]
    [JsonSerializable(typeof(ResponsesResponse))]
    [JsonSerializable(typeof(ResponseStreamEvent))]
    [JsonSerializable(typeof(ResponseOutputItem))]
    [JsonSerializable(typeof(ResponseReasoningItem))]
    [JsonSerializable(typeof(ResponseMessageItem))]
    [JsonSerializable(typeof(ResponseFunctionCallItem))]
    [JsonSerializable(typeof(ResponseWebSearchCallItem))]
    [JsonSerializable(typeof(IReadOnlyList<ResponseInputItem>))]
    [JsonSerializable(typeof(ResponseInputMessage))]
    [JsonSerializable(typeof(ResponseFlexibleInputMessage))]
    [JsonSerializable(typeof(ResponseReasoningInput))]
    [JsonSerializable(typeof(ResponseFunctionCallInput))]
    [JsonSerializable(typeof(ResponseFunctionCallOutputInput))]
    [JsonSerializable(typeof(ResponseItemReference))]
    [JsonSerializable(typeof(IReadOnlyList<ResponseContentPart>))]
    [JsonSerializable(typeof(ResponseInputTextPart))]
    [JsonSerializable(typeof(ResponseInputImagePart))]
    [JsonSerializable(typeof(ResponseOutputTextPart))]
    [JsonSerializable(typeof(ResponseTextPart))]
    [JsonSerializable(typeof(ResponseImageUrlPart))]
    [JsonSerializable(typeof(ResponseImageUrl))]
    [JsonSerializable(typeof(ResponseFunctionTool))]
    [JsonSerializable(typeof(ResponseWebSearchTool))]
    [JsonSerializable(typeof(ResponseXSearchTool))]
    [JsonSerializable(typeof(ResponseCodeInterpreterTool))]
    [JsonSerializable(typeof(ResponseFileSearchTool))]
    [JsonSerializable(typeof(ResponseComputerUseTool))]
    public sealed partial class ResponsesJsonContext : JsonSerializerContext;
}
