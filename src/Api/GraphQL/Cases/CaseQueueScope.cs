using System.ComponentModel;

namespace Platform.Api.GraphQL.Cases;

/// <summary>Which units' work a queue covers; <see cref="CaseQueueUnits"/> turns it into paths.</summary>
public enum CaseQueueScope
{
    [Description("The caller's unit alone, without any descendant.")]
    Unit,

    [Description("The caller's unit and its descendants that have no accounts of their own (such as grids, 网格), whose work the unit does.")]
    Own,

    [Description("The caller's unit and every unit below it.")]
    Subtree,
}
