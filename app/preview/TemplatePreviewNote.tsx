/**
 * What a creation template's preview assumes, shown with it. AWS documents that the template's
 * settings go to the repositories ECR creates after it, and no others: "Once the repository
 * creation template is created, all new repositories created will have the settings applied.
 * This doesn't have any effect on any previously created repositories."
 * (https://docs.aws.amazon.com/AmazonECR/latest/userguide/repository-creation-templates-create.html)
 * AWS does not say how the policy of a created repository is evaluated; the preview assumes it
 * is the template's LifecyclePolicy as written, evaluated as any repository's.
 */
export function TemplatePreviewNote() {
  return (
    <p className="section-help" data-testid="template-preview-note">
      Assumed: a repository this template creates gets its lifecycle policy as written (the rules
      above, with the priorities their cards show), and ECR evaluates it as any repository’s. The
      template applies only to repositories ECR creates after it exists (AWS: “This doesn’t have any
      effect on any previously created repositories”): images read from an existing pull-through
      cache or replicated repository show what the policy would do to such a repository, not what
      happens to that one, which keeps its own policy.
    </p>
  );
}
