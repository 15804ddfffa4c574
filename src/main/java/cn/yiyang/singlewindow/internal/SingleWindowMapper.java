package cn.yiyang.singlewindow.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The single window's own tables: the application, the tracks, the requests of each round, the meetings. */
@Mapper
public interface SingleWindowMapper {

    class ApplicationRow {
        public long caseId;
        public String institutionName;
        public String creditCode;
        public String projectType;
        public int beds;
        public boolean propertyRegistered;
        public boolean landPlanningComplete;
        public String medicalPart;
        public Long licenceCaseId;
        public int reviewRound;
        public LocalDateTime extendedAt;
        public String extendedBy;
        public LocalDateTime deliveredAt;
    }

    class TrackRow {
        public long caseId;
        public String department;
        public String state;
        public int roundNo;
        public LocalDate stepDue;
        public LocalDateTime decidedAt;
        public String decidedBy;
        public String reason;
    }

    class RequestRow {
        public Long id;
        public long caseId;
        public int roundNo;
        public String department;
        public String code;
        public String name;
        public String reason;
        public String requestedBy;
        public LocalDateTime requestedAt;
        public Long noticeId;
    }

    class MeetingRow {
        public Long id;
        public long caseId;
        public LocalDate meetingDate;
        public String participants;
        public String decision;
        public String conditions;
        public String departments;
        public Long documentId;
        public String recordedBy;
        public LocalDateTime recordedAt;
    }

    @Insert("""
            insert into sw_application (case_id, institution_name, credit_code, project_type, beds, property_registered,
                                        land_planning_complete, medical_part)
            values (#{caseId}, #{institutionName}, #{creditCode}, #{projectType}, #{beds}, #{propertyRegistered},
                    #{landPlanningComplete}, #{medicalPart})""")
    void insert(ApplicationRow row);

    @Select("select * from sw_application where case_id = #{caseId}")
    ApplicationRow find(long caseId);

    @Select("select * from sw_application where case_id = #{caseId} for update")
    ApplicationRow lock(long caseId);

    @Update("update sw_application set licence_case_id = #{licenceCaseId} where case_id = #{caseId}")
    void linkLicenceCase(@Param("caseId") long caseId, @Param("licenceCaseId") long licenceCaseId);

    @Update("update sw_application set review_round = review_round + 1 where case_id = #{caseId}")
    void nextRound(long caseId);

    /** Marks the one extension; 0 rows when it was used already (行政许可法 Art. 42: once). */
    @Update("update sw_application set extended_at = #{at}, extended_by = #{by} where case_id = #{caseId} and extended_at is null")
    int markExtended(@Param("caseId") long caseId, @Param("at") LocalDateTime at, @Param("by") String by);

    @Update("update sw_application set delivered_at = #{at} where case_id = #{caseId}")
    void markDelivered(@Param("caseId") long caseId, @Param("at") LocalDateTime at);

    @Insert("""
            insert into sw_track (case_id, department, state, round_no, updated_at)
            values (#{caseId}, #{department}, #{state}, 0, #{at})""")
    void insertTrack(@Param("caseId") long caseId, @Param("department") String department, @Param("state") String state,
                     @Param("at") LocalDateTime at);

    @Select("select * from sw_track where case_id = #{caseId} order by field(department, 'CIVIL', 'HEALTH', 'PLANNING', 'CONSTRUCTION', 'FIRE')")
    List<TrackRow> tracks(long caseId);

    @Update("""
            update sw_track set state = #{state}, round_no = #{round}, step_due = #{due}, updated_at = #{at}
            where case_id = #{caseId} and department = #{department}""")
    void startReview(@Param("caseId") long caseId, @Param("department") String department, @Param("state") String state,
                     @Param("round") int round, @Param("due") LocalDate due, @Param("at") LocalDateTime at);

    @Update("""
            update sw_track set state = #{state}, decided_at = #{at}, decided_by = #{by}, reason = #{reason}, updated_at = #{at}
            where case_id = #{caseId} and department = #{department}""")
    void decide(@Param("caseId") long caseId, @Param("department") String department, @Param("state") String state,
                @Param("by") String by, @Param("reason") String reason, @Param("at") LocalDateTime at);

    /** Tracks in one state move to another (e.g. the departments that asked for supplements wait for review again). */
    @Update("""
            update sw_track set state = #{to}, updated_at = #{at}
            where case_id = #{caseId} and state = #{from}""")
    int move(@Param("caseId") long caseId, @Param("from") String from, @Param("to") String to,
             @Param("at") LocalDateTime at);

    @Update("""
            update sw_track set state = 'WAITING', updated_at = #{at}
            where case_id = #{caseId} and department = #{department} and state <> 'SKIPPED'""")
    int reopen(@Param("caseId") long caseId, @Param("department") String department, @Param("at") LocalDateTime at);

    @Insert("""
            insert into sw_request (case_id, round_no, department, code, name, reason, requested_by, requested_at)
            values (#{caseId}, #{roundNo}, #{department}, #{code}, #{name}, #{reason}, #{requestedBy}, #{requestedAt})""")
    @Options(useGeneratedKeys = true, keyProperty = "id")
    void insertRequest(RequestRow row);

    @Select("select * from sw_request where case_id = #{caseId} and notice_id is null order by field(department, 'CIVIL', 'HEALTH', 'PLANNING', 'CONSTRUCTION', 'FIRE'), id")
    List<RequestRow> unsentRequests(long caseId);

    @Select("select * from sw_request where case_id = #{caseId} order by id")
    List<RequestRow> requests(long caseId);

    @Update("update sw_request set notice_id = #{noticeId} where case_id = #{caseId} and notice_id is null")
    void markSent(@Param("caseId") long caseId, @Param("noticeId") long noticeId);

    @Insert("""
            insert into sw_meeting (case_id, meeting_date, participants, decision, conditions, departments, recorded_by, recorded_at)
            values (#{caseId}, #{meetingDate}, #{participants}, #{decision}, #{conditions}, #{departments}, #{recordedBy}, #{recordedAt})""")
    @Options(useGeneratedKeys = true, keyProperty = "id")
    void insertMeeting(MeetingRow row);

    @Update("update sw_meeting set document_id = #{documentId} where id = #{id}")
    void meetingDocument(@Param("id") long id, @Param("documentId") long documentId);

    @Select("select * from sw_meeting where case_id = #{caseId} order by id")
    List<MeetingRow> meetings(long caseId);
}
