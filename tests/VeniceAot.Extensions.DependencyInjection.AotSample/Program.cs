using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using VeniceAot;
using VeniceAot.Models;

// Options come from environment variables: Venice__ApiKey, Venice__BaseAddress, Venice__Retry__MaxAttempts, …
IConfiguration configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();

var services = new ServiceCollection();
services.AddVeniceClient(configuration.GetSection("Venice"))
    .AddHttpMessageHandler(() => new SampleHeaderHandler());
services.AddKeyedVeniceClient("admin", configuration.GetSection("VeniceAdmin"));

await using ServiceProvider provider = services.BuildServiceProvider();
try
{
    IModelsApi models = provider.GetRequiredService<IModelsApi>();
    ModelList list = await models.ListAsync();
    foreach (ModelResponse model in list.Data)
    {
        Console.WriteLine(model.Id);
    }

    if (configuration.GetSection("VeniceAdmin").Exists())
    {
        VeniceClient admin = provider.GetRequiredKeyedService<VeniceClient>("admin");
        ModelList adminList = await admin.Models.ListAsync();
        Console.WriteLine("admin: " + adminList.Data.Count);
    }

    return 0;
}
catch (OptionsValidationException ex)
{
    Console.Error.WriteLine("configuration error: " + ex.Message);
    return 2;
}
catch (VeniceException ex)
{
    Console.Error.WriteLine("venice error: " + ex.Message);
    return 1;
}
catch (HttpRequestException ex)
{
    Console.Error.WriteLine("network error: " + ex.Message);
    return 1;
}

/// <summary>Stamps a header, proving a handler added through the returned builder runs in the native binary.</summary>
internal sealed class SampleHeaderHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.TryAddWithoutValidation("X-Sample", "native");
        return base.SendAsync(request, cancellationToken);
    }
}
