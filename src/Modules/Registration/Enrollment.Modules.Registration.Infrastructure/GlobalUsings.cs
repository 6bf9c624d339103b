// System.ApplicationId shadows the domain's name; this alias says which one this module means.
global using ApplicationId = Enrollment.Modules.Registration.Domain.Applications.ApplicationId;
