package vn.hoctap.portal.web.enrolment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.hoctap.portal.enrolment.boundary.ClassRoster;
import vn.hoctap.portal.enrolment.boundary.TaughtClass;

import java.io.Serializable;
import java.util.List;

/** A teacher's classes, each with the session to mark now: the teacher's way in on a phone. */
@Named
@ViewScoped
public class TeachingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClassRoster roster;

    private List<TaughtClass> classes;

    public void load() {
        if (classes == null) {
            classes = roster.taughtByMe();
        }
    }

    public List<TaughtClass> getClasses() {
        return classes;
    }
}
