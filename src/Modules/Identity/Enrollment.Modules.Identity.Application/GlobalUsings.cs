global using Enrollment.BuildingBlocks.Domain;
global using Enrollment.Modules.Identity.Application.Abstractions;
global using FluentValidation;
global using Mediator;
