package cn.yiyang.casework;

import java.time.LocalDateTime;
import java.util.List;

/** Everything the case view and {@code GET /api/v1/cases/{caseNo}} show (API.md "Cases"). */
public record CaseView(long id, String caseNo, Matter matter, String matterLabel, CaseStatus status,
                       String statusLabel, Applicant applicant, String title, LocalDateTime createdAt,
                       LocalDateTime submittedAt, LocalDateTime acceptedAt, LocalDateTime closedAt, Deadline deadline,
                       List<Pause> pauses, List<Step> steps, List<Material> materials,
                       List<RequiredMaterial> requiredMaterials, List<Document> documents,
                       String processInstanceId, List<String> activeActivityIds, String processDefinitionId,
                       int version) {

    public record Applicant(Long institutionId, String name, String creditCode) {
    }

    public record Pause(String kind, String reason, LocalDateTime startedAt, LocalDateTime endedAt) {
    }

    public record Step(String taskId, String key, String name, String candidateGroup, String assignee,
                       LocalDateTime startedAt, LocalDateTime due, LocalDateTime endedAt, String outcome,
                       String comment, Warning warning) {
    }

    public record Material(long id, String code, String name, String fileName, long size, String sha256,
                           String contentType, LocalDateTime uploadedAt, boolean superseded) {
    }

    public record RequiredMaterial(String code, String name, boolean provided) {
    }

    public record Document(long id, String kind, String kindLabel, String number, String title,
                           LocalDateTime issuedAt) {
    }
}
